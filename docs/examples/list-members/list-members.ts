// Lists the members of a Nacre workspace through a client generated from docs/openapi.yaml, as an
// integrator's script would (an HR sync, an access review):
//
//   npx openapi-typescript ../../openapi.yaml -o nacre-api.d.ts   # the generated types
//   npx tsc -p .                                                  # type-checks against them
//   NACRE_PASSWORD=... node out/list-members.js --server https://nacre.example.com \
//       --email owner@acme.example --workspace "Acme"
//
// Prints one tab-separated line per member (name, email, role), in the server's order, following
// nextCursor until the last page. The password comes from the environment, never the command line.
import createClient from 'openapi-fetch';
import type { components, paths } from './nacre-api.js';

type Problem = components['schemas']['Problem'];

function option(name: string): string {
    const at = process.argv.indexOf(`--${name}`);
    const value = at > 0 ? process.argv[at + 1] : undefined;
    if (!value) throw new Error(`--${name} is missing`);
    return value;
}

function explain(what: string, problem: Problem | undefined, response: Response): Error {
    const reason = problem ? `${problem.code}: ${problem.detail ?? problem.title}` : `HTTP ${response.status}`;
    return new Error(`${what} failed (${reason})`);
}

async function main(): Promise<void> {
    const password = process.env.NACRE_PASSWORD;
    if (!password) throw new Error('set NACRE_PASSWORD');
    const client = createClient<paths>({ baseUrl: option('server') });

    const signIn = await client.POST('/api/v1/auth/login', {
        body: { email: option('email'), password, totp: process.env.NACRE_TOTP },
    });
    if (!signIn.data) throw explain('Signing in', signIn.error, signIn.response);
    const headers = { Authorization: `Bearer ${signIn.data.token}` };

    try {
        const wanted = option('workspace');
        const workspaces = await client.GET('/api/v1/workspaces', { headers, params: { query: { limit: 200 } } });
        if (!workspaces.data) throw explain('Listing workspaces', workspaces.error, workspaces.response);
        const workspace = workspaces.data.items.find((item) => item.name === wanted);
        if (!workspace) throw new Error(`no workspace named "${wanted}" for this account`);

        let cursor: string | undefined;
        do {
            const page = await client.GET('/api/v1/workspaces/{ws}/members', {
                headers,
                params: { path: { ws: workspace.id }, query: { limit: 100, sort: 'name', cursor } },
            });
            if (!page.data) throw explain('Listing members', page.error, page.response);
            for (const member of page.data.items)
                console.log([member.displayName, member.email, member.role.name].join('\t'));
            cursor = page.data.nextCursor ?? undefined;
        } while (cursor);
    } finally {
        await client.POST('/api/v1/auth/logout', { headers });
    }
}

main().catch((error: Error) => {
    console.error(`list-members: ${error.message}`);
    process.exit(1);
});
