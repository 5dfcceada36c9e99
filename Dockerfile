# Socle built from this repository. `docker compose up` uses it; see docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app socle
WORKDIR /app
COPY --from=build /src/target/socle-*.jar /app/socle.jar
COPY content/ /app/content/
COPY themes/ /app/themes/
RUN mkdir -p /app/data && chown socle /app/data
USER socle
ENV SOCLE_CONTENT_DIR=/app/content SOCLE_THEMES_DIR=/app/themes SOCLE_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/socle.jar"]
