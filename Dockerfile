# BreedBot's container image: build with the .NET SDK, run on the ASP.NET Core runtime as a
# non-root user. Build from the repository root:  docker build -t breedbot .
# The bot listens on 8080 (ASPNETCORE_HTTP_PORTS); configuration comes from environment variables
# (see README.md, "Configuration").

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Restore first, from the project files alone, so the restore layer survives code changes.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/BreedBot.Domain/BreedBot.Domain.csproj src/BreedBot.Domain/
COPY src/BreedBot.Connector/BreedBot.Connector.csproj src/BreedBot.Connector/
COPY src/BreedBot.Storage/BreedBot.Storage.csproj src/BreedBot.Storage/
COPY src/BreedBot.Web/BreedBot.Web.csproj src/BreedBot.Web/
RUN dotnet restore src/BreedBot.Web/BreedBot.Web.csproj
COPY src/ src/
COPY cards/ cards/
RUN dotnet publish src/BreedBot.Web/BreedBot.Web.csproj --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only for the health check below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The image's unprivileged "app" user.
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["curl", "--fail", "--silent", "--output", "/dev/null", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "BreedBot.Web.dll"]
