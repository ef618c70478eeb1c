package dev.modelspec.engine;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes a declaration sets explicitly on an annotation, read from its class file: the
 * reflection API fills in defaults, so {@code @Tolerance(maxAccuracyDrop = Double.NaN)} and an unset
 * attribute (default {@code NaN}) look the same there. Reads the {@code RuntimeVisibleAnnotations}
 * attribute of the class or method (JVM specification §4.7.16); empty if the class file cannot be
 * read.
 */
final class ExplicitAttributes {

    private final DataInputStream in;
    private String[] utf8;

    private ExplicitAttributes(DataInputStream in) {
        this.in = in;
    }

    /** The attributes of {@code type} set on {@code specClass} itself. */
    static Set<String> onClass(Class<?> specClass, Class<? extends Annotation> type) {
        return read(specClass, type, Optional.empty());
    }

    /** The attributes of {@code type} set on {@code method}. */
    static Set<String> onMethod(Method method, Class<? extends Annotation> type) {
        return read(method.getDeclaringClass(), type, Optional.of(method));
    }

    private static Set<String> read(Class<?> owner, Class<? extends Annotation> type, Optional<Method> method) {
        String resource = owner.getName().replace('.', '/') + ".class";
        ClassLoader loader = owner.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : owner.getClassLoader();
        try (InputStream stream = loader.getResourceAsStream(resource)) {
            if (stream == null) {
                return Set.of();
            }
            String descriptor = "L" + type.getName().replace('.', '/') + ";";
            String wanted = method.map(m -> m.getName() + methodDescriptor(m)).orElse("");
            return new ExplicitAttributes(new DataInputStream(stream)).attributes(descriptor, wanted);
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    /** Reads the class file; {@code member} is a method's name and descriptor, or empty for the class. */
    private Set<String> attributes(String annotation, String member) throws IOException {
        in.skipNBytes(8);
        readConstantPool();
        in.skipNBytes(6);
        in.skipNBytes(2L * in.readUnsignedShort());
        Set<String> found = new HashSet<>();
        skipMembers();
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
            readAttributes(annotation, name.equals(member) ? found : null);
        }
        readAttributes(annotation, member.isEmpty() ? found : null);
        return found;
    }

    private void readConstantPool() throws IOException {
        int count = in.readUnsignedShort();
        utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
    }

    private void skipMembers() throws IOException {
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipNBytes(6);
            readAttributes("", null);
        }
    }

    /** Reads one attribute table; adds the set attributes of {@code annotation} to {@code found} if not null. */
    private void readAttributes(String annotation, Set<String> found) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            String name = utf8[in.readUnsignedShort()];
            long length = in.readInt() & 0xFFFFFFFFL;
            if (found == null || !"RuntimeVisibleAnnotations".equals(name)) {
                in.skipNBytes(length);
                continue;
            }
            int annotations = in.readUnsignedShort();
            for (int a = 0; a < annotations; a++) {
                readAnnotation(annotation, found);
            }
        }
    }

    private void readAnnotation(String annotation, Set<String> found) throws IOException {
        boolean wanted = utf8[in.readUnsignedShort()].equals(annotation) && found != null;
        int pairs = in.readUnsignedShort();
        for (int p = 0; p < pairs; p++) {
            String element = utf8[in.readUnsignedShort()];
            if (wanted) {
                found.add(element);
            }
            skipElementValue();
        }
    }

    private void skipElementValue() throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.skipNBytes(2);
            case 'e' -> in.skipNBytes(4);
            case '@' -> readAnnotation("", null);
            case '[' -> {
                int values = in.readUnsignedShort();
                for (int v = 0; v < values; v++) {
                    skipElementValue();
                }
            }
            default -> throw new IOException("unknown element value tag " + (char) tag);
        }
    }

    private static String methodDescriptor(Method method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Class<?> parameter : method.getParameterTypes()) {
            descriptor.append(typeDescriptor(parameter));
        }
        return descriptor.append(')').append(typeDescriptor(method.getReturnType())).toString();
    }

    private static String typeDescriptor(Class<?> type) {
        if (type.isArray()) {
            return type.getName().replace('.', '/');
        }
        if (!type.isPrimitive()) {
            return "L" + type.getName().replace('.', '/') + ";";
        }
        return switch (type.getName()) {
            case "void" -> "V";
            case "boolean" -> "Z";
            case "byte" -> "B";
            case "char" -> "C";
            case "short" -> "S";
            case "int" -> "I";
            case "long" -> "J";
            case "float" -> "F";
            default -> "D";
        };
    }
}
