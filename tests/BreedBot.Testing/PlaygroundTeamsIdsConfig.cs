namespace BreedBot.Testing;

/// <summary>
/// A mock tenant for the Agents Playground with ids shaped as Teams makes them (bot "28:…", users
/// "29:…" with GUID Entra object ids, personal chat "a:…", team and channels "19:…@thread.tacv2")
/// instead of its built-in "user-id-0" and "team-id": ids with ':' and '@' must survive URLs and
/// table keys. The Playground requires exactly 5 users besides the current user.
/// </summary>
/// <remarks>
/// Its schema (0.2.28) has no field for a member's role: every roster entry says userRole "user".
/// </remarks>
public static class PlaygroundTeamsIdsConfig
{
    public const string Yaml = """
        version: "0.1.1"
        tenantId: "9d1e2f3a-4b5c-4d6e-8f70-81a2b3c4d5e6"
        bot:
          id: "28:0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f"
          name: "BreedBot"
        currentUser:
          id: "29:1kZ0cUrReNtUsEr-AlExWiLbEr"
          name: "Alex Wilber"
          userPrincipleName: "alexw@contoso.example"
          aadObjectId: "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601"
          givenName: "Alex"
          surname: "Wilber"
          email: "alexw@contoso.example"
        users:
          - id: "29:1mEgAnBoWeN-x7Q2"
            name: "Megan Bowen"
            userPrincipleName: "meganb@contoso.example"
            aadObjectId: "b4e2d3c5-6c7f-4081-9ba2-c3d4e5f60712"
            givenName: "Megan"
            surname: "Bowen"
            email: "meganb@contoso.example"
          - id: "29:1aDeLeVaNcE-p3R8"
            name: "Adele Vance"
            userPrincipleName: "adelev@contoso.example"
            aadObjectId: "c5f3e4d6-7d80-4192-acb3-d4e5f6071823"
            givenName: "Adele"
            surname: "Vance"
            email: "adelev@contoso.example"
          - id: "29:1iSaIaHlAnGeR-k9W4"
            name: "Isaiah Langer"
            userPrincipleName: "isaiahl@contoso.example"
            aadObjectId: "d6049f57-8e91-42a3-bdc4-e5f607182934"
            givenName: "Isaiah"
            surname: "Langer"
            email: "isaiahl@contoso.example"
          - id: "29:1pAtTiFeRnAnDeZ-m5T1"
            name: "Patti Fernandez"
            userPrincipleName: "pattif@contoso.example"
            aadObjectId: "e715a068-9fa2-43b4-8ed5-f60718293a45"
            givenName: "Patti"
            surname: "Fernandez"
            email: "pattif@contoso.example"
          - id: "29:1lYnNeRoBbInS-z2V6"
            name: "Lynne Robbins"
            userPrincipleName: "lynner@contoso.example"
            aadObjectId: "f826b179-a0b3-44c5-9fe6-0718293a4b56"
            givenName: "Lynne"
            surname: "Robbins"
            email: "lynner@contoso.example"
        personalChat:
          id: "a:1Hq0pErSoNaLcHaTwItHaLeX-0000"
        groupChat:
          id: "19:9f8e7d6c5b4a39281706f5e4d3c2b1a0@thread.v2"
          name: "Intervisie"
        team:
          id: "19:Qw3rTyUi0pAsDfGhJkLzXcVbNm1234@thread.tacv2"
          name: "Wijkteam Noord"
          aadGroupId: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
          channels:
            - id: "19:aNn0uNcEmEnTs5678@thread.tacv2"
              name: "Mededelingen"
        """;
}
