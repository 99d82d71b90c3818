# syntax=docker/dockerfile:1
# Printernizer container image: web app + API in one process, SQLite and the key ring in the /data volume.
#   docker build -t printernizer .
#   docker run -d -p 5080:5080 -v printernizer-data:/data printernizer

# Stage 1: the web client (Vue + Vite) -> src/Printernizer.Api/wwwroot
FROM node:24-bookworm-slim AS web
WORKDIR /src/web-client
COPY web-client/package.json web-client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web-client/ ./
RUN npm run build

# Stage 2: restore and publish the API (framework-dependent; the runtime image provides ASP.NET Core)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Printernizer.Domain/Printernizer.Domain.csproj src/Printernizer.Domain/
COPY src/Printernizer.Application/Printernizer.Application.csproj src/Printernizer.Application/
COPY src/Printernizer.Ftps/Printernizer.Ftps.csproj src/Printernizer.Ftps/
COPY src/Printernizer.Infrastructure/Printernizer.Infrastructure.csproj src/Printernizer.Infrastructure/
COPY src/Printernizer.Api/Printernizer.Api.csproj src/Printernizer.Api/
RUN dotnet restore src/Printernizer.Api/Printernizer.Api.csproj
COPY src/ src/
COPY --from=web /src/src/Printernizer.Api/wwwroot/ src/Printernizer.Api/wwwroot/
RUN dotnet publish src/Printernizer.Api -c Release -o /app --no-restore

# Stage 3: runtime, as the image's non-root "app" user
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown "$APP_UID" /data
ENV PRINTERNIZER_DATA=/data \
    ASPNETCORE_URLS=http://0.0.0.0:5080 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
VOLUME ["/data"]
EXPOSE 5080
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "/app/Printernizer.Api.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "/app/Printernizer.Api.dll"]
