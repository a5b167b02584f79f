// BreedBot in one resource group of the organisation's own tenant: storage reached with a
// user-assigned managed identity (no account keys), the bot on App Service for Linux (.NET 10),
// the Azure Bot registration with the Teams channel, and Application Insights.
// Deploy: see deploy/README.md.
metadata description = 'BreedBot, a Microsoft Teams bot for peer consultation on domestic violence and child abuse.'

targetScope = 'resourceGroup'

@description('Azure region of every regional resource. West Europe keeps the data in the EU.')
param location string = 'westeurope'

@description('Lowercase letters and digits that start every resource name; a hash of the resource group makes the names unique.')
@minLength(3)
@maxLength(11)
param baseName string = 'breedbot'

@description('How the bot proves who it is to Teams. UserAssignedMSI: the managed identity is the bot, there is no secret to rotate. SingleTenant: an Entra app registration with a client secret (give botAppId and botAppPassword).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the application (client) id of the bot\'s Entra app registration. Ignored for UserAssignedMSI.')
param botAppId string = ''

@description('SingleTenant only: a client secret of that app registration. Ignored for UserAssignedMSI.')
@secure()
param botAppPassword string = ''

@description('The bot\'s name in the Azure Bot registration.')
param botDisplayName string = 'BreedBot'

@description('Azure Bot pricing tier. Teams is a standard channel: F0 has no message limit for it.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

// A regional bot: the Bot Service keeps the messages it relays, and what it stores of them, in Europe, like the app
// and its storage (docs/dpia.md). 'global' only where an organisation has a reason to want the global service.
@description('Where the Azure Bot registration lives: westeurope makes it a regional (Europe) bot whose data stays in the EU; global is the Bot Service\'s worldwide default.')
@allowed([
  'global'
  'westeurope'
])
param botServiceLocation string = 'westeurope'

@description('Tenants whose Teams may talk to the bot (Bot:AllowedTenants). The default is this deployment\'s own tenant only.')
param allowedTenants string[] = [
  tenant().tenantId
]

@description('App Service plan tier. B1 is enough for one organisation; choose S1 or P0v3 for more than one instance.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Number of App Service instances. Running more than one is safe: see deploy/README.md.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Storage redundancy. ZRS keeps three copies in separate zones of the same region.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Storage:TablePrefix: letters and digits put before every table name, so two deployments can share one account. Empty for none.')
param tablePrefix string = ''

@description('OTEL_EXPORTER_OTLP_ENDPOINT: an OpenTelemetry collector for traces and metrics. Empty exports nothing by OTLP (Application Insights still collects requests through the App Service agent).')
param otlpEndpoint string = ''

@description('Days Log Analytics keeps the telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Tags put on every resource.')
param tags tagSet = {
  application: 'BreedBot'
}

@description('Resource tags: names and string values.')
type tagSet = {
  *: string
}

var suffix = uniqueString(resourceGroup().id)
var appName = '${baseName}-${suffix}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${baseName}-id-${suffix}'
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take(toLower('${baseName}${suffix}'), 24)
    location: location
    sku: storageSku
    dataIdentityName: identity.name
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    baseName: appName
    location: location
    retentionDays: logRetentionDays
    tags: tags
  }
}

module app 'modules/appService.bicep' = {
  name: 'appService'
  params: {
    name: appName
    location: location
    sku: appServicePlanSku
    instanceCount: instanceCount
    identityId: identity.id
    identityClientId: identity.properties.clientId
    botAppType: botAppType
    botAppId: botAppType == 'UserAssignedMSI' ? identity.properties.clientId : botAppId
    botAppPassword: botAppPassword
    tenantId: tenant().tenantId
    allowedTenants: allowedTenants
    tableServiceUri: storage.outputs.tableEndpoint
    queueServiceUri: storage.outputs.queueEndpoint
    tablePrefix: tablePrefix
    otlpEndpoint: otlpEndpoint
    appInsightsConnectionString: monitoring.outputs.connectionString
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: appName
    location: botServiceLocation
    displayName: botDisplayName
    sku: botSku
    appType: botAppType
    appId: botAppType == 'UserAssignedMSI' ? identity.properties.clientId : botAppId
    tenantId: tenant().tenantId
    identityId: identity.id
    messagingEndpoint: 'https://${app.outputs.hostName}/api/messages'
    tags: tags
  }
}

@description('The web app to deploy the published bot to.')
output webAppName string = app.outputs.name

@description('Where Teams sends the bot\'s activities.')
output messagingEndpoint string = bot.outputs.messagingEndpoint

@description('The bot\'s Microsoft App ID: the botId of the Teams app package.')
output botAppId string = bot.outputs.appId

@description('The storage account holding the bot\'s tables and queues.')
output storageAccountName string = storage.outputs.name
