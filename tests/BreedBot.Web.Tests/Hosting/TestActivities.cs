using System.Text.Json.Nodes;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>Activities shaped the way Teams sends them (ids, channelData, conversation kinds).</summary>
public static class TestActivities
{
    public const string Tenant = "72f988bf-0000-0000-0000-000000000001";
    public const string BotId = "28:" + BotHost.AppId;
    public const string TeamId = "19:wijkteam-noord@thread.tacv2";
    public const string UserAad = "00000000-0000-0000-0000-00000000a11c";
    public const string UserId = "29:1alex-wilber";
    public const string PersonalConversation = "a:1personal-chat-alex";

    public static JsonObject PersonalMessage(string serviceUrl, string text, string locale = "nl-NL", string id = "msg-1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["locale"] = locale,
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Alex Wilber", ["aadObjectId"] = UserAad },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BreedBot" },
        ["conversation"] = new JsonObject { ["id"] = PersonalConversation, ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["timezone"] = "Europe/Amsterdam" }),
    };

    /// <summary>A personal message from someone else than the default user, with their Teams time zone (clientInfo).</summary>
    public static JsonObject PersonalMessageFrom(string serviceUrl, string text, string id, string fromId, string fromAad, string zone)
    {
        var message = PersonalMessage(serviceUrl, text, id: id);
        message["from"] = new JsonObject { ["id"] = fromId, ["aadObjectId"] = fromAad };
        message["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "nl-NL", ["timezone"] = zone });
        return message;
    }

    public static JsonObject ChannelMessage(string serviceUrl, string text, string fromId = UserId, string fromAad = UserAad, string id = "channel-msg-1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["locale"] = "nl-NL",
        ["text"] = "<at>BreedBot</at> " + text,
        ["from"] = new JsonObject { ["id"] = fromId, ["aadObjectId"] = fromAad },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BreedBot" },
        ["conversation"] = new JsonObject { ["id"] = TeamId + ";messageid=" + id, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = Tenant },
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Wijkteam Noord" },
            ["channel"] = new JsonObject { ["id"] = TeamId },
        },
    };

    public static JsonObject TeamInstall(string serviceUrl, string type = "conversationUpdate", string locale = "nl-NL")
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "install-" + type,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAad },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BreedBot" },
            ["conversation"] = new JsonObject { ["id"] = TeamId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = Tenant },
                ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Wijkteam Noord", ["aadGroupId"] = "group-noord" },
                ["eventType"] = type == "conversationUpdate" ? "teamMemberAdded" : null,
            },
        };
        if (type == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        }
        else
        {
            activity["action"] = "add";
        }

        return activity;
    }

    public static JsonObject PersonalInstall(string serviceUrl, string locale = "nl-NL") => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = "install-personal",
        ["action"] = "add",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Alex Wilber", ["aadObjectId"] = UserAad },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BreedBot" },
        ["conversation"] = new JsonObject { ["id"] = PersonalConversation, ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };

    /// <summary>"Doe mee" on the join card of <paramref name="teamId"/>, as the given person, with valid answers.</summary>
    public static JsonObject Join(string serviceUrl, string fromId, string fromAad, string teamId = TeamId)
    {
        var activity = CardAction(serviceUrl, "join.submit");
        activity["from"] = new JsonObject { ["id"] = fromId, ["aadObjectId"] = fromAad };
        activity["value"]!["action"]!["data"] = new JsonObject
        {
            ["verb"] = "join.submit",
            ["teamId"] = teamId,
            ["role"] = "Wijkteam",
            ["cluster"] = "SociaalWerk",
            ["day"] = "Tuesday",
            ["time"] = "09:30",
        };
        return activity;
    }

    public static JsonObject CardAction(string serviceUrl, string? verb, string locale = "nl-NL")
    {
        var activity = PersonalMessage(serviceUrl, "", locale, "invoke-1");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        var action = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["x"] = 1 } };
        if (verb is not null)
        {
            action["verb"] = verb;
        }

        activity["value"] = new JsonObject { ["action"] = action, ["trigger"] = "manual" };
        return activity;
    }
}
