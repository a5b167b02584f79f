// Application Insights on a Log Analytics workspace (classic, workspace-less components are retired).
param baseName string
param location string
param retentionDays int
param tags {
  *: string
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: '${baseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    RetentionInDays: retentionDays
  }
}

output connectionString string = insights.properties.ConnectionString
