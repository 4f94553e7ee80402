# evac in one image; EVAC_ROLES chooses what an instance runs.
# Build stage: the project's own wrapper and sources, nothing else.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY domain/pom.xml domain/pom.xml
COPY embedded-mongo/pom.xml embedded-mongo/pom.xml
COPY outbox/pom.xml outbox/pom.xml
COPY telegram-fake/pom.xml telegram-fake/pom.xml
COPY bot/pom.xml bot/pom.xml
COPY admin-api/pom.xml admin-api/pom.xml
COPY app/pom.xml app/pom.xml
COPY bench/pom.xml bench/pom.xml
COPY seeds/tools/gazetteer/pom.xml seeds/tools/gazetteer/pom.xml
RUN ./mvnw -B -q dependency:go-offline -DskipTests -pl app -am || true
COPY . .
# only the application and what it needs: the benchmark stays out of the image
RUN ./mvnw -B -q -DskipTests package -pl app -am \
 && java -Djarmode=tools -jar app/target/evac.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /var/lib/evac evac && mkdir -p /var/lib/evac && chown evac /var/lib/evac
USER evac
WORKDIR /var/lib/evac
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
ENV EVAC_DATA_DIR=/var/lib/evac/data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD wget -qO- http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health >/dev/null 2>&1 || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
