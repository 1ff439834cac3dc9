package org.steward.app.security;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.steward.app.identity.Actor;

/**
 * Controllers take the signed-in person as a parameter: {@code Actor actor} (the route rules have
 * already made sure someone is signed in; without a person it is refused) or {@code
 * Optional<Actor>} where nobody may be signed in (the shared layout, the error page).
 */
@Configuration(proxyBeanMethods = false)
class ActorResolution implements WebMvcConfigurer {
  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new Resolver());
  }

  /** The actor of this request's authentication, if a person is signed in. */
  static Optional<Actor> current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof StewardPrincipal p
        ? Optional.of(p.actor()) : Optional.empty();
  }

  static final class Resolver implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.nestedIfOptional().getNestedParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
        NativeWebRequest request, WebDataBinderFactory binders) {
      Optional<Actor> actor = current();
      if (parameter.getParameterType() == Optional.class) {
        return actor;
      }
      return actor.orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
  }
}
