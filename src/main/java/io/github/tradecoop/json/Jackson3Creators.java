package io.github.tradecoop.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedWithParams;

/**
 * Calls creators of several arguments (record constructors, the figures' property creators)
 * through one spreading method handle built when the type is first bound.
 *
 * <p>Jackson 3.3 calls such a creator with {@code MethodHandle.invokeWithArguments}, which builds
 * a spreading adapter, and looks up its method types, on every call: about a seventh of the time
 * spent reading trade flows. Jackson 2 uses reflection and needs none of this. Everything else
 * (the creator chosen, the arguments, how a failure is reported) stays Jackson's.
 */
final class Jackson3Creators extends JacksonModule {

    private static final MethodType SPREAD = MethodType.methodType(Object.class, Object[].class);

    @Override
    public String getModuleName() {
        return "tradecoop-creators";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                    BeanDescription.Supplier beanDescRef, ValueInstantiator defaultInstantiator) {
                return spreadOnce(defaultInstantiator);
            }
        });
    }

    /** The default instantiator with a prepared creator handle, or the default itself where none applies. */
    static ValueInstantiator spreadOnce(ValueInstantiator instantiator) {
        // Only Jackson's own standard instantiator: a subclass may create values its own way.
        if (instantiator.getClass() != StdValueInstantiator.class || !instantiator.canCreateFromObjectWith()) {
            return instantiator;
        }
        MethodHandle handle = spreading(instantiator.getWithArgsCreator());
        return handle == null ? instantiator : new Spreading((StdValueInstantiator) instantiator, handle);
    }

    /** A handle taking the creator's arguments as one {@code Object[]}, or null if it cannot be had. */
    private static @Nullable MethodHandle spreading(@Nullable AnnotatedWithParams creator) {
        if (creator == null) {
            return null;
        }
        try {
            MethodHandle direct;
            if (creator.getAnnotated() instanceof Constructor<?> constructor) {
                direct = MethodHandles.lookup().unreflectConstructor(accessible(constructor));
            } else if (creator.getAnnotated() instanceof Method method && Modifier.isStatic(method.getModifiers())) {
                direct = MethodHandles.lookup().unreflect(accessible(method));
            } else {
                return null;
            }
            return direct.asSpreader(Object[].class, creator.getParameterCount()).asType(SPREAD);
        } catch (IllegalAccessException | RuntimeException notAccessible) {
            return null;  // Jackson's own way still works
        }
    }

    private static <A extends AccessibleObject> A accessible(A member) {
        member.trySetAccessible();
        return member;
    }

    /** Jackson's instantiator, creating from arguments through the prepared handle. */
    private static final class Spreading extends StdValueInstantiator {
        private final MethodHandle creator;

        Spreading(StdValueInstantiator original, MethodHandle creator) {
            super(original);
            this.creator = creator;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            try {
                return (Object) creator.invokeExact(args);
            } catch (Exception e) {
                // As StdValueInstantiator does: the model's refusal becomes a databind failure.
                return ctxt.handleInstantiationProblem(getValueClass(), args, rewrapCtorProblem(ctxt, e));
            } catch (Error e) {
                throw e;
            } catch (Throwable impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
