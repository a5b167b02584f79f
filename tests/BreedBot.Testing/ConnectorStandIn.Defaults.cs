using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BreedBot.Testing;

public sealed partial class ConnectorStandIn
{
    private static readonly JsonSerializerOptions Camel = new(JsonSerializerDefaults.Web);

    // Called under _gate. Routes on the decoded path: /v3/conversations[/{id}[/activities[/{id}]|/pagedmembers|/members/{id}]], /v3/teams/{id}.
    private ScriptedResponse DefaultResponse(RecordedRequest request, IQueryCollection query)
    {
        // The service URL may carry a path of its own (e.g. /amer/): route from the "v3" segment on.
        var segments = request.Path.Trim('/').Split('/');
        if (segments is [UploadSegment, var upload] && request.Method == "PUT")
        {
            // OneDrive's answer to the last (here: only) range of an upload session: the file item.
            return Json(201, new JsonObject { ["id"] = upload, ["name"] = upload + ".json", ["size"] = request.Body.Length });
        }

        var v3 = Array.IndexOf(segments, "v3");
        if (v3 < 0)
        {
            return ScriptedResponse.Error(404, "NotFound");
        }

        return (request.Method, segments[(v3 + 1)..]) switch
        {
            ("POST", ["conversations"]) => CreateConversation(request),
            ("POST", ["conversations", _, "activities"]) => Json(201, new JsonObject { ["id"] = NextId("activity") }),
            ("POST", ["conversations", _, "activities", _]) => Json(201, new JsonObject { ["id"] = NextId("activity") }),
            ("PUT", ["conversations", _, "activities", var activityId]) => Json(200, new JsonObject { ["id"] = activityId }),
            ("DELETE", ["conversations", _, "activities", _]) => new ScriptedResponse(200),
            ("GET", ["conversations", var conversationId, "pagedmembers"]) => PagedMembers(conversationId, query),
            ("GET", ["conversations", var conversationId, "members", var userId]) => Member(conversationId, userId),
            ("GET", ["teams", var teamId]) => Json(200, _teams.TryGetValue(teamId, out var team)
                ? team.DeepClone()
                : new JsonObject { ["id"] = teamId, ["name"] = "Stand-in team" }),
            _ => ScriptedResponse.Error(404, "NotFound"),
        };
    }

    private ScriptedResponse CreateConversation(RecordedRequest request)
    {
        var answer = new JsonObject { ["id"] = NextId("a:conversation") };
        if (request.Json?["activity"] is not null)
        {
            answer["activityId"] = NextId("activity");
        }

        return Json(201, answer);
    }

    private ScriptedResponse PagedMembers(string conversationId, IQueryCollection query)
    {
        var roster = _rosters.TryGetValue(conversationId, out var members) ? members : [];
        var pageSize = int.TryParse(query["pageSize"], CultureInfo.InvariantCulture, out var size) && size > 0 ? size : 500;
        var start = int.TryParse(query["continuationToken"], CultureInfo.InvariantCulture, out var offset) ? offset : 0;
        var page = roster.Skip(start).Take(pageSize).ToList();
        var next = start + page.Count < roster.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        var answer = new JsonObject
        {
            ["continuationToken"] = next,
            ["members"] = JsonSerializer.SerializeToNode(page, Camel),
        };
        return Json(200, answer);
    }

    private ScriptedResponse Member(string conversationId, string userId)
    {
        var member = _rosters.TryGetValue(conversationId, out var members)
            ? members.FirstOrDefault(candidate => candidate.Id == userId || candidate.ObjectId == userId)
            : null;
        return member is null
            ? ScriptedResponse.Error(404, "MemberNotFoundInConversation")
            : Json(200, JsonSerializer.SerializeToNode(member, Camel)!);
    }

    private string NextId(string prefix) =>
        prefix + "-" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private static ScriptedResponse Json(int status, JsonNode body) => new(status, body.ToJsonString());
}
