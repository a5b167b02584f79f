// The Azure Bot registration: who the bot is (its Microsoft App ID), where Teams sends its
// activities, and the Teams channel.
param name string

@allowed([
  'global'
  'westeurope'
])
param location string

param displayName string

@allowed([
  'F0'
  'S1'
])
param sku string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

param appId string
param tenantId string

@description('The user-assigned identity that is the bot when appType is UserAssignedMSI.')
param identityId string

param messagingEndpoint string
param tags {
  *: string
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: location
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
    // Channel secrets (Direct Line, Web Chat) are not used: only Entra-issued tokens.
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output appId string = bot.properties.msaAppId
output messagingEndpoint string = bot.properties.endpoint
