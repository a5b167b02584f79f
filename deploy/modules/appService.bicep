// The bot's host: App Service for Linux running the framework-dependent publish of
// src/BreedBot.Web on .NET 10. The app settings are the configuration keys of the main README,
// with ':' written '__'.
param name string
param location string

@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param sku string

param instanceCount int

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity: AZURE_CLIENT_ID makes DefaultAzureCredential pick it.')
param identityClientId string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string

param botAppId string

@secure()
param botAppPassword string

param tenantId string
param allowedTenants string[]
param tableServiceUri string
param queueServiceUri string
param tablePrefix string
param otlpEndpoint string

@secure()
param appInsightsConnectionString string

param tags {
  *: string
}

var botSettings = [
  {
    name: 'MicrosoftAppType'
    value: botAppType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenantId
  }
]

// A managed identity has no password; the setting exists only for an app registration.
var passwordSetting = botAppType == 'SingleTenant'
  ? [
      {
        name: 'MicrosoftAppPassword'
        value: botAppPassword
      }
    ]
  : []

var tenantSettings = [
  for (tenant, i) in allowedTenants: {
    name: 'Bot__AllowedTenants__${i}'
    value: tenant
  }
]

var storageSettings = [
  {
    name: 'Storage__TableServiceUri'
    value: tableServiceUri
  }
  {
    name: 'Storage__QueueServiceUri'
    value: queueServiceUri
  }
  {
    name: 'Storage__TablePrefix'
    value: tablePrefix
  }
  {
    name: 'AZURE_CLIENT_ID'
    value: identityClientId
  }
]

var telemetrySettings = [
  {
    name: 'OTEL_EXPORTER_OTLP_ENDPOINT'
    value: otlpEndpoint
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsightsConnectionString
  }
  {
    // The App Service agent collects requests and dependencies without code in the bot.
    name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
    value: '~3'
  }
]

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Every request carries everything it needs; no instance holds a session.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet BreedBot.Web.dll'
      alwaysOn: true
      healthCheckPath: '/readyz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(botSettings, passwordSetting, tenantSettings, storageSettings, telemetrySettings)
    }
  }
}

// Deployments authenticate with Entra ID (az webapp deploy), never with basic-auth credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
