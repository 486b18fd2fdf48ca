// 由路由表生成，请勿手改：改了接口的 response 结构后运行 npm run api:types 重新生成（test/unit/api-types.test.ts 检查它是否最新）。
// Generated from the route table's OpenAPI document (server/http/openapi.ts) by openapi-typescript: do not edit, run npm run api:types.
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录，返回访问令牌 */
        post: operations["post_api_v1_auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录：本人所有已签发的令牌立即失效 */
        post: operations["post_api_v1_auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录用户 */
        get: operations["get_api_v1_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改本人密码（须提供当前密码；其他会话随即失效，返回新令牌） */
        post: operations["post_api_v1_me_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织单位列表（按层级、上级、街镇筛选） */
        get: operations["get_api_v1_org_units"];
        put?: never;
        /**
         * 新建区 / 街镇 / 居村
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_org_units"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织单位详情（含所属街镇与区） */
        get: operations["get_api_v1_org_units_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改组织单位
         * @description 角色 (roles): admin
         */
        patch: operations["patch_api_v1_org_units_id_"];
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 职能部门列表（吹哨时选择） */
        get: operations["get_api_v1_departments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户列表
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_users"];
        put?: never;
        /**
         * 新建用户（书记、评估人员、部门、党员…）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户详情
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_users_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改用户（成长阶段请用 /secretaries/:id/stage）
         * @description 角色 (roles): admin
         */
        patch: operations["patch_api_v1_users_id_"];
        trace?: never;
    };
    "/api/v1/mentorships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 结对列表（书记只看到自己的结对）
         * @description 角色 (roles): admin, secretary
         */
        get: operations["get_api_v1_mentorships"];
        put?: never;
        /**
         * 大梁带小梁结对
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_mentorships"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 为小梁推荐大梁（附理由）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_mentorships_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/mentor-load": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 大梁带教负担：每位大梁（含预备大梁）在带人数 / 带教名额，最满的在前
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_mentorships_mentor_load"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 结对详情
         * @description 角色 (roles): admin, secretary
         */
        get: operations["get_api_v1_mentorships_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束结对（保留历史）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_mentorships_id_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 带教笔记（师徒双方与管理员可见）
         * @description 角色 (roles): admin, secretary
         */
        get: operations["get_api_v1_mentorships_id_notes"];
        put?: never;
        /**
         * 大梁记录带教笔记
         * @description 角色 (roles): secretary
         */
        post: operations["post_api_v1_mentorships_id_notes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/secretaries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 书记档案：成长阶段、历史、结对
         * @description 角色 (roles): admin, secretary
         */
        get: operations["get_api_v1_secretaries_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/secretaries/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 调整小梁成长阶段（逐级；跳级须 override 与理由）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_secretaries_id_stage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入书记名册（CSV 或 XLSX）：先校验全部行（字段与数据库中的账号、名额一并校验），有错则不导入并返回逐行错误；试导入（dryRun）返回将新建、更新、不变的数量；重复导入不改变数据
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_import_roster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import/roster/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载名册导入模板（XLSX：表头与两行示例，“说明”页列出每列是否必填与示例）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_import_roster_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 积分规则 */
        get: operations["get_api_v1_points_rules"];
        put?: never;
        /**
         * 新增积分规则
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_points_rules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/rules/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改积分规则：分值、单位、上限自 effectiveFrom 起生效为新版本（不影响已登记积分和更早日期）
         * @description 角色 (roles): admin
         */
        patch: operations["patch_api_v1_points_rules_key_"];
        trace?: never;
    };
    "/api/v1/points/rules/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 积分规则的版本历史 */
        get: operations["get_api_v1_points_rules_key_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记积分（须带 Idempotency-Key；重放返回同一记录）
         * @description 角色 (roles): admin, secretary
         */
        post: operations["post_api_v1_points_entries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/entries/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销积分（追加一笔冲销记录）
         * @description 角色 (roles): admin, secretary
         */
        post: operations["post_api_v1_points_entries_id_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的积分：余额、排名、明细
         * @description 角色 (roles): member
         */
        get: operations["get_api_v1_me_points"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 党员积分（管理员或本居村书记）
         * @description 角色 (roles): admin, secretary, member
         */
        get: operations["get_api_v1_members_id_points"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/party-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的主题党日清单（一课一片一实践）
         * @description 角色 (roles): member
         */
        get: operations["get_api_v1_me_party_day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/party-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 居村主题党日完成情况
         * @description 角色 (roles): admin, secretary
         */
        get: operations["get_api_v1_communities_id_party_day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 积分排行榜（区 / 街镇 / 居村，按月或年） */
        get: operations["get_api_v1_points_leaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 积分申请列表（党员看自己的，书记看本居村的，管理员看全部或某居村的）
         * @description 角色 (roles): admin, secretary, member
         */
        get: operations["get_api_v1_points_claims"];
        put?: never;
        /**
         * 党员申请积分（附最多 3 张 JPEG/PNG 照片，base64，每张 ≤ 2 MB）
         * @description 角色 (roles): member
         */
        post: operations["post_api_v1_points_claims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 积分申请详情
         * @description 角色 (roles): admin, secretary, member
         */
        get: operations["get_api_v1_points_claims_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/claims/{id}/photos/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申请照片（仅申请人、本居村书记和管理员）
         * @description 角色 (roles): admin, secretary, member
         */
        get: operations["get_api_v1_points_claims_id_photos_n_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批准积分申请（记入积分；并发批准只记一次；已驳回的 409）
         * @description 角色 (roles): admin, secretary
         */
        post: operations["post_api_v1_points_claims_id_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 驳回积分申请（须填理由；已批准的 409）
         * @description 角色 (roles): admin, secretary
         */
        post: operations["post_api_v1_points_claims_id_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/points/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的活动与申请：本居村（及街镇、区）近 30 天的活动、最近签到、待审核与已处理的积分申请
         * @description 角色 (roles): member
         */
        get: operations["get_api_v1_me_points_activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 活动列表（按居村、街镇、日期范围筛选；党员与书记只看到本居村及所属街镇、区的活动）
         * @description 角色 (roles): admin, secretary, member
         */
        get: operations["get_api_v1_activities"];
        put?: never;
        /**
         * 创建活动（书记为本居村；管理员可面向居村、街镇或全区）
         * @description 角色 (roles): admin, secretary
         */
        post: operations["post_api_v1_activities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 活动详情（含已签到人数；党员另见自己的签到）
         * @description 角色 (roles): admin, secretary, member
         */
        get: operations["get_api_v1_activities_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改活动（结算前）
         * @description 角色 (roles): admin, secretary
         */
        patch: operations["patch_api_v1_activities_id_"];
        trace?: never;
    };
    "/api/v1/activities/{id}/sign-in-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前签到码（每分钟更换，上一分钟的仍有效）及扫码签到链接
         * @description 角色 (roles): admin, secretary
         */
        get: operations["get_api_v1_activities_id_sign_in_code"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 党员凭签到码签到（活动开始前 30 分钟至结束；重复签到返回原记录；10 分钟内输错 10 次后暂停）
         * @description 角色 (roles): member
         */
        post: operations["post_api_v1_activities_id_sign_in"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 签到名单
         * @description 角色 (roles): admin, secretary
         */
        get: operations["get_api_v1_activities_id_attendees"];
        put?: never;
        /**
         * 组织者补登签到（逐人答复；结算后补登的当即计分）
         * @description 角色 (roles): admin, secretary
         */
        post: operations["post_api_v1_activities_id_attendees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/attendees/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 移除签到（结算前）
         * @description 角色 (roles): admin, secretary
         */
        delete: operations["delete_api_v1_activities_id_attendees_memberId_"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束活动并为每位签到党员计分（幂等：重复结束不重复计分，逐人答复）
         * @description 角色 (roles): admin, secretary
         */
        post: operations["post_api_v1_activities_id_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/project-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目类别（六类） */
        get: operations["get_api_v1_project_categories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/project-categories/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改项目类别
         * @description 角色 (roles): admin
         */
        patch: operations["patch_api_v1_project_categories_key_"];
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 项目列表（按类别、街镇、居村、状态、负责人、关键词筛选）
         * @description 角色 (roles): admin, secretary, evaluator, department
         */
        get: operations["get_api_v1_projects"];
        put?: never;
        /**
         * 小梁创建“开门第一件事”项目（每人一个进行中）
         * @description 角色 (roles): secretary
         */
        post: operations["post_api_v1_projects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/popular": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 最受群众欢迎项目排名（线上 + 线下，附公式） */
        get: operations["get_api_v1_projects_popular"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出项目台账（Excel，中文表头）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_projects_export_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/votes/offline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 录入线下（纸质）投票
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_projects_votes_offline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 项目详情：节点、得票；项目双方、所属街镇与区级看到进展点评时间线和全部吹哨，部门只看到向自己吹的哨
         * @description 角色 (roles): admin, secretary, evaluator, department
         */
        get: operations["get_api_v1_projects_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改项目（负责人，进行中时）
         * @description 角色 (roles): secretary
         */
        patch: operations["patch_api_v1_projects_id_"];
        trace?: never;
    };
    "/api/v1/projects/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 变更项目状态（完成 / 暂停 / 恢复 / 取消，须说明原因；负责人或区级管理员）
         * @description 角色 (roles): secretary, admin
         */
        post: operations["post_api_v1_projects_id_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 项目进展记录（项目双方、所属街镇与区级）
         * @description 角色 (roles): admin, secretary, evaluator, department
         */
        get: operations["get_api_v1_projects_id_progress"];
        put?: never;
        /**
         * 记录项目进展（一分钟填报）
         * @description 角色 (roles): secretary
         */
        post: operations["post_api_v1_projects_id_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 大梁点评
         * @description 角色 (roles): secretary
         */
        post: operations["post_api_v1_projects_id_comments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/whistles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 街乡吹哨：向职能部门提出需协调解决的问题
         * @description 角色 (roles): secretary
         */
        post: operations["post_api_v1_projects_id_whistles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 群众为项目打分（公开；按当年评估周期的设置凭手机号、投票码或 X-Voter-Token，一人一票，可改票；答复不透露此前是否投过） */
        post: operations["post_api_v1_projects_id_votes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/whistles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 吹哨事项（部门只看到自己的）
         * @description 角色 (roles): admin, department, secretary
         */
        get: operations["get_api_v1_whistles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/whistles/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 各部门报到响应时间统计
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_whistles_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/whistles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一件吹哨事项（部门、发起书记与区级管理员可见）
         * @description 角色 (roles): admin, department, secretary
         */
        get: operations["get_api_v1_whistles_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/whistles/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 部门报到：受理 / 办理中 / 办结 / 退回
         * @description 角色 (roles): department, admin
         */
        post: operations["post_api_v1_whistles_id_responses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mentees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我带的小梁：项目进度与最近一次月度评估（绿 / 黄 / 红）
         * @description 角色 (roles): secretary
         */
        get: operations["get_api_v1_me_mentees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 师徒结对月度评估（绿 / 黄 / 红），附街镇汇总
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_assessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 成长阶段晋级建议
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_assessments_proposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/proposals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 同意晋级建议（按规则调整成长阶段）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_assessments_proposals_id_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 不同意晋级建议
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_assessments_proposals_id_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评估周期列表
         * @description 角色 (roles): admin, evaluator, department
         */
        get: operations["get_api_v1_evaluation_cycles"];
        put?: never;
        /**
         * 新建评估周期（指标、来源权重之和须为 1）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评估周期详情
         * @description 角色 (roles): admin, evaluator, department
         */
        get: operations["get_api_v1_evaluation_cycles_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开启评分
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束评分并冻结结果
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 公布结果（书记可查看本人结果）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/resident-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置群众身份核验方式（none / codes / sms / both）
         * @description 角色 (roles): admin
         */
        put: operations["put_api_v1_evaluation_cycles_id_resident_verification"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分任务与完成进度（评估人员只看到自己的）
         * @description 角色 (roles): admin, evaluator, department
         */
        get: operations["get_api_v1_evaluation_cycles_id_assignments"];
        put?: never;
        /**
         * 分配评分任务（按范围：全区 / 街镇 / 指定书记；答复新分配与已分配人数）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_assignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/scores/{secretaryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 评分（重复提交替换原评分，全程留痕）
         * @description 角色 (roles): evaluator, department
         */
        put: operations["put_api_v1_evaluation_cycles_id_scores_secretaryId_"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分修改记录
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/resident-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 群众线上打分（公开；按周期设置凭手机号、投票码或 X-Voter-Token，每人每书记一次，重复则替换；答复不透露此前是否打过分） */
        post: operations["post_api_v1_evaluation_cycles_id_resident_scores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/resident-scores/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入群众评分（全部校验通过才导入，逐行报告）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_resident_scores_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/resident-scores/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 从 Excel/CSV 文件导入群众评分（书记账号、投票人标识、分项或综合评分；全部校验通过才导入，错误按表格行号报告）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_resident_scores_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/resident-scores/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载群众评分导入模板（XLSX：本周期的列与两行示例，“说明”页列出每列是否必填与示例）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_resident_scores_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评估结果：综合得分、分来源与分指标均值（群众评分按周期规则去高去低）、排名、计算说明、异常提示（定时任务计算，附计算时间）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/results/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出评估结果（Excel）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_results_export_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 最美书记（前 N 名，并列按规则区分）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_awards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的组织力评估结果（公布后；按周期 id 或年份，默认最近一次公布）
         * @description 角色 (roles): secretary
         */
        get: operations["get_api_v1_me_evaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我在各已公布周期的评估结果（最新在前）
         * @description 角色 (roles): secretary
         */
        get: operations["get_api_v1_me_evaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/award-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置最美书记名额、分配方式与公示工作日数（仅草稿周期；开启时冻结）
         * @description 角色 (roles): admin
         */
        put: operations["put_api_v1_evaluation_cycles_id_award_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/award-quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 最美书记名额与各街镇名额（开启后为冻结值）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_award_quotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/award-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 最美书记名单：名额、公示、异议数与状态（公示中 / 待处理异议 / 已确定）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_award_list"];
        put?: never;
        /**
         * 发布最美书记候选名单并开始公示（周期结束评分后，每周期一次）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_award_list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/award-list/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出确定的最美书记名单（Excel；确定前 409）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_award_list_export_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/award-list/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 最美书记异议列表（含提出人自愿留下的姓名与联系方式）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_award_list_objections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/award-list/objections/{objectionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 记录最美书记异议的调查情况与处理结论（一次性；异议成立则依次递补并重新公示该名额）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_award_list_objections_objectionId_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/project-award-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置最受群众欢迎项目名额、分配方式、公示工作日数与最低票数（仅草稿周期；开启时冻结）
         * @description 角色 (roles): admin
         */
        put: operations["put_api_v1_evaluation_cycles_id_project_award_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/project-award-quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 最受群众欢迎项目名额与各街镇名额（开启后为冻结值）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_project_award_quotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/project-award-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 最受群众欢迎项目名单：名额、公示、异议数与状态（公示中 / 待处理异议 / 已确定）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_project_award_list"];
        put?: never;
        /**
         * 发布最受群众欢迎项目候选名单并开始公示（周期结束评分后，每周期一次）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_project_award_list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/project-award-list/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出确定的最受群众欢迎项目名单（Excel；确定前 409）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_project_award_list_export_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/project-award-list/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 最受群众欢迎项目异议列表（含提出人自愿留下的姓名与联系方式）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_project_award_list_objections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/project-award-list/objections/{objectionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 记录最受群众欢迎项目异议的调查情况与处理结论（一次性；异议成立则依次递补并重新公示该名额）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_project_award_list_objections_objectionId_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/award-notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 最美书记 / 最受群众欢迎项目公示（公开）：候选对象、公示期与异议方式 */
        get: operations["get_api_v1_public_award_notices_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/award-notices/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对公示候选对象提出异议（公开，公示期内；姓名与联系方式可选且不公开） */
        post: operations["post_api_v1_public_award_notices_id_objections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的提醒 */
        get: operations["get_api_v1_me_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标为已读 */
        post: operations["post_api_v1_me_notifications_read_all"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 */
        post: operations["post_api_v1_me_notifications_id_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的提醒方式（仅站内 / 立即短信 / 每日汇总） */
        get: operations["get_api_v1_me_notification_preferences"];
        /** 设置提醒方式与每日汇总时刻 */
        put: operations["put_api_v1_me_notification_preferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 提醒渠道（群机器人、Webhook；密钥只写，显示为“已设置”）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_notification_channels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 新建或修改提醒渠道
         * @description 角色 (roles): admin
         */
        put: operations["put_api_v1_notification_channels_id_"];
        post?: never;
        /**
         * 删除提醒渠道
         * @description 角色 (roles): admin
         */
        delete: operations["delete_api_v1_notification_channels_id_"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 提醒投递记录（按状态：pending 待发 / sent 已发 / dead 死信）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_notification_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重试死信投递
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_notification_deliveries_id_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 定时任务：计划、下次运行、上次结果、失败次数
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 立即运行任务（已在运行时 409）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_jobs_name_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 全区概览：各街镇居村数、结对数、项目状态与类别、超期吹哨、评估进度
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可投票的项目（公开，仅公开信息） */
        get: operations["get_api_v1_public_projects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 正在进行的群众线上打分：评估周期与可评分的书记（公开） */
        get: operations["get_api_v1_public_evaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-cycles/{id}/voting-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 投票码生成记录（居村、数量、操作人、时间；不含投票码本身）
         * @description 角色 (roles): admin
         */
        get: operations["get_api_v1_evaluation_cycles_id_voting_codes"];
        put?: never;
        /**
         * 生成投票码（按居村，一次 1–2000 个；答复可打印的 Excel，库中只存散列）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_evaluation_cycles_id_voting_codes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 获取手机验证码（公开；每号每分钟 1 次、每天 10 次，5 分钟内有效） */
        post: operations["post_api_v1_public_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verify/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交手机验证码，换取 2 小时有效的投票凭证（X-Voter-Token；错 5 次作废） */
        post: operations["post_api_v1_public_verify_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/my-votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我本人的评分与投票（须凭投票码 X-Voting-Code 或投票凭证 X-Voter-Token） */
        get: operations["get_api_v1_public_my_votes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案例检索（按类别、街镇、年份；书记和区级看到仅内部的案例，其他人只看到公开的） */
        get: operations["get_api_v1_cases"];
        put?: never;
        /**
         * 将已完成的项目标记为案例（概要、经验做法、遇到的问题、照片最多 3 张、专家点评、公开或仅内部；每个项目一个）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_cases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/best/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年“最妥一件事”（按顺序） */
        get: operations["get_api_v1_cases_best_year_"];
        /**
         * 设定某年“最妥一件事”（按顺序的案例，均须为当年的公开案例）
         * @description 角色 (roles): admin
         */
        put: operations["put_api_v1_cases_best_year_"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案例详情（仅内部的案例只对书记和区级可见） */
        get: operations["get_api_v1_cases_id_"];
        put?: never;
        post?: never;
        /**
         * 取消案例（列入“最妥一件事”的须先移出）
         * @description 角色 (roles): admin
         */
        delete: operations["delete_api_v1_cases_id_"];
        options?: never;
        head?: never;
        /**
         * 修改案例（概要、经验做法、遇到的问题、公开范围）
         * @description 角色 (roles): admin
         */
        patch: operations["patch_api_v1_cases_id_"];
        trace?: never;
    };
    "/api/v1/cases/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 专家点评（署名）
         * @description 角色 (roles): admin
         */
        put: operations["put_api_v1_cases_id_review"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 添加案例照片（每次最多 3 张）
         * @description 角色 (roles): admin
         */
        post: operations["post_api_v1_cases_id_photos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/photos/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案例照片 */
        get: operations["get_api_v1_cases_id_photos_n_"];
        put?: never;
        post?: never;
        /**
         * 删除案例照片（其后的照片序号前移）
         * @description 角色 (roles): admin
         */
        delete: operations["delete_api_v1_cases_id_photos_n_"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开案例检索（按类别、街镇、年份） */
        get: operations["get_api_v1_public_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/cases/best/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年“最妥一件事”（公开） */
        get: operations["get_api_v1_public_cases_best_year_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开案例详情（仅内部的案例 404） */
        get: operations["get_api_v1_public_cases_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/cases/{id}/photos/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开案例的照片（仅内部的案例 404） */
        get: operations["get_api_v1_public_cases_id_photos_n_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 培训列表（区级联训、街镇工作室、分组联学；非管理员看到本区、本街镇的及受邀或授课的）
         * @description 角色 (roles): admin, department, secretary
         */
        get: operations["get_api_v1_training_sessions"];
        put?: never;
        /**
         * 创建培训（管理员任意；街镇工作人员与大梁为本街镇举办街镇工作室、分组联学）
         * @description 角色 (roles): admin, department, secretary
         */
        post: operations["post_api_v1_training_sessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-sessions/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可邀请的小梁与可授课的大梁（按举办范围）
         * @description 角色 (roles): admin, department, secretary
         */
        get: operations["get_api_v1_training_sessions_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 培训详情（受邀名单、已出席人数；受邀小梁另见自己的出席）
         * @description 角色 (roles): admin, department, secretary
         */
        get: operations["get_api_v1_training_sessions_id_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改培训（结束前；已出席的小梁须留在受邀名单中）
         * @description 角色 (roles): admin, department, secretary
         */
        patch: operations["patch_api_v1_training_sessions_id_"];
        trace?: never;
    };
    "/api/v1/training-sessions/{id}/sign-in-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前签到码（每分钟更换，上一分钟的仍有效）及扫码签到链接
         * @description 角色 (roles): admin, department, secretary
         */
        get: operations["get_api_v1_training_sessions_id_sign_in_code"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-sessions/{id}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 受邀小梁凭签到码签到（开始前 30 分钟至结束；重复签到返回原记录；10 分钟内输错 10 次后暂停）
         * @description 角色 (roles): secretary
         */
        post: operations["post_api_v1_training_sessions_id_sign_in"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 出席名单（每位受邀小梁：是否出席、时间、方式、补登人）
         * @description 角色 (roles): admin, department, secretary
         */
        get: operations["get_api_v1_training_sessions_id_attendance"];
        put?: never;
        /**
         * 组织者补登出席（未能签到的受邀小梁；逐人答复，记录补登人）
         * @description 角色 (roles): admin, department, secretary
         */
        post: operations["post_api_v1_training_sessions_id_attendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的培训记录（受邀与出席）
         * @description 角色 (roles): secretary
         */
        get: operations["get_api_v1_me_training"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/secretaries/{id}/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 书记的培训记录（本人、在带的大梁、本街镇工作人员和管理员可见）
         * @description 角色 (roles): admin, department, secretary
         */
        get: operations["get_api_v1_secretaries_id_training"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error?: {
                code?: string;
                message?: string;
                details?: unknown[];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    post_api_v1_auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 用户名 */
                    username: string;
                    /** @description 密码 */
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        user: {
                            _id: string;
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                            hasPassword: boolean;
                            active: boolean;
                            phone?: string | null;
                            orgUnitId?: string | null;
                            streetId?: string | null;
                            districtId?: string | null;
                            /** @enum {string|null} */
                            beam?: "mentor" | "mentee" | null;
                            /** @enum {string|null} */
                            stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            stageHistory?: {
                                from: string | null;
                                to: string;
                                reason: string;
                                override: boolean;
                                byId: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mentorCapacity?: number | null;
                            expertise?: string[];
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                        hasPassword: boolean;
                        active: boolean;
                        phone?: string | null;
                        orgUnitId?: string | null;
                        streetId?: string | null;
                        districtId?: string | null;
                        /** @enum {string|null} */
                        beam?: "mentor" | "mentee" | null;
                        /** @enum {string|null} */
                        stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                        stageHistory?: {
                            from: string | null;
                            to: string;
                            reason: string;
                            override: boolean;
                            byId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        mentorCapacity?: number | null;
                        expertise?: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_me_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 当前密码 */
                    currentPassword: string;
                    /** @description 新密码（至少 8 位） */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        user: {
                            _id: string;
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                            hasPassword: boolean;
                            active: boolean;
                            phone?: string | null;
                            orgUnitId?: string | null;
                            streetId?: string | null;
                            districtId?: string | null;
                            /** @enum {string|null} */
                            beam?: "mentor" | "mentee" | null;
                            /** @enum {string|null} */
                            stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            stageHistory?: {
                                from: string | null;
                                to: string;
                                reason: string;
                                override: boolean;
                                byId: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mentorCapacity?: number | null;
                            expertise?: string[];
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_org_units: {
        parameters: {
            query?: {
                level?: "district" | "street" | "community";
                /** @description 上级单位 */
                parent?: string;
                /** @description 所属街镇 */
                street?: string;
                /** @description 名称或编码包含 */
                q?: string;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            level: "district" | "street" | "community";
                            /** @enum {string|null} */
                            kind?: "residential" | "village" | null;
                            parentId: string | null;
                            streetId?: string | null;
                            districtId?: string | null;
                            active: boolean;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_org_units: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 唯一编码 (letters, digits, - and _) */
                    code: string;
                    /** @description 中文名称 */
                    name: string;
                    /**
                     * @description district 区 / street 街镇 / community 居村
                     * @enum {string}
                     */
                    level: "district" | "street" | "community";
                    /** @description 上级单位；区级不填 */
                    parentId?: string;
                    /**
                     * @description 居委 residential / 村委 village (居村 only)
                     * @enum {string}
                     */
                    kind?: "residential" | "village";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        code: string;
                        name: string;
                        /** @enum {string} */
                        level: "district" | "street" | "community";
                        /** @enum {string|null} */
                        kind?: "residential" | "village" | null;
                        parentId: string | null;
                        streetId?: string | null;
                        districtId?: string | null;
                        active: boolean;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_org_units_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        code: string;
                        name: string;
                        /** @enum {string} */
                        level: "district" | "street" | "community";
                        /** @enum {string|null} */
                        kind?: "residential" | "village" | null;
                        parentId: string | null;
                        streetId?: string | null;
                        districtId?: string | null;
                        active: boolean;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_api_v1_org_units_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 唯一编码 (letters, digits, - and _) */
                    code?: string;
                    /** @description 中文名称 */
                    name?: string;
                    /**
                     * @description 居委 residential / 村委 village (居村 only)
                     * @enum {string}
                     */
                    kind?: "residential" | "village";
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        code: string;
                        name: string;
                        /** @enum {string} */
                        level: "district" | "street" | "community";
                        /** @enum {string|null} */
                        kind?: "residential" | "village" | null;
                        parentId: string | null;
                        streetId?: string | null;
                        districtId?: string | null;
                        active: boolean;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_departments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            displayName: string;
                            streetId: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_users: {
        parameters: {
            query?: {
                role?: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                orgUnit?: string;
                street?: string;
                beam?: "mentor" | "mentee";
                stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve";
                /** @description 姓名或登录名包含 */
                q?: string;
                /** @description 小梁是否已有在带的大梁（false = 待结对） */
                paired?: boolean;
                /** @description 是否已设密码（false = 未设密码、无法登录，如名册导入的书记） */
                hasPassword?: boolean;
                /** @description 是否在用（false = 已停用） */
                active?: boolean;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                            hasPassword: boolean;
                            active: boolean;
                            phone?: string | null;
                            orgUnitId?: string | null;
                            streetId?: string | null;
                            districtId?: string | null;
                            /** @enum {string|null} */
                            beam?: "mentor" | "mentee" | null;
                            /** @enum {string|null} */
                            stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            stageHistory?: {
                                from: string | null;
                                to: string;
                                reason: string;
                                override: boolean;
                                byId: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mentorCapacity?: number | null;
                            expertise?: string[];
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                            orgUnitName: string | null;
                            streetName: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 登录名（字母、数字、_ . @ -） */
                    username: string;
                    /** @description 姓名 */
                    displayName: string;
                    /** @enum {string} */
                    role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                    /** @description 密码（至少 8 位） */
                    password?: string;
                    /** @description 手机号 */
                    phone?: string;
                    /** @description 所属单位：书记、党员为居村；部门为街镇或区 */
                    orgUnitId?: string;
                    /**
                     * @description mentor 大梁 / mentee 小梁
                     * @enum {string|null}
                     */
                    beam?: "mentor" | "mentee" | null;
                    /**
                     * @description 小梁成长阶段（默认 new 新任）
                     * @enum {string}
                     */
                    stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve";
                    /** @description 带教名额（默认 3） */
                    mentorCapacity?: number | null;
                    /** @description 熟悉的项目类别 */
                    expertise?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                        hasPassword: boolean;
                        active: boolean;
                        phone?: string | null;
                        orgUnitId?: string | null;
                        streetId?: string | null;
                        districtId?: string | null;
                        /** @enum {string|null} */
                        beam?: "mentor" | "mentee" | null;
                        /** @enum {string|null} */
                        stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                        stageHistory?: {
                            from: string | null;
                            to: string;
                            reason: string;
                            override: boolean;
                            byId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        mentorCapacity?: number | null;
                        expertise?: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_users_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                        hasPassword: boolean;
                        active: boolean;
                        phone?: string | null;
                        orgUnitId?: string | null;
                        streetId?: string | null;
                        districtId?: string | null;
                        /** @enum {string|null} */
                        beam?: "mentor" | "mentee" | null;
                        /** @enum {string|null} */
                        stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                        stageHistory?: {
                            from: string | null;
                            to: string;
                            reason: string;
                            override: boolean;
                            byId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        mentorCapacity?: number | null;
                        expertise?: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_api_v1_users_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 姓名 */
                    displayName?: string;
                    /** @description 密码（至少 8 位） */
                    password?: string;
                    /** @description 手机号 */
                    phone?: string | null;
                    orgUnitId?: string;
                    active?: boolean;
                    /**
                     * @description mentor 大梁 / mentee 小梁
                     * @enum {string|null}
                     */
                    beam?: "mentor" | "mentee" | null;
                    /** @description 带教名额（默认 3） */
                    mentorCapacity?: number | null;
                    /** @description 熟悉的项目类别 */
                    expertise?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                        hasPassword: boolean;
                        active: boolean;
                        phone?: string | null;
                        orgUnitId?: string | null;
                        streetId?: string | null;
                        districtId?: string | null;
                        /** @enum {string|null} */
                        beam?: "mentor" | "mentee" | null;
                        /** @enum {string|null} */
                        stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                        stageHistory?: {
                            from: string | null;
                            to: string;
                            reason: string;
                            override: boolean;
                            byId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        mentorCapacity?: number | null;
                        expertise?: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_mentorships: {
        parameters: {
            query?: {
                mentor?: string;
                mentee?: string;
                street?: string;
                /** @description 届别 / 批次，如 "2026" */
                cohort?: string;
                status?: "active" | "ended";
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            id: string;
                            mentorId: string;
                            menteeId: string;
                            streetId: string | null;
                            cohort: string;
                            /** Format: date-time */
                            startDate: string;
                            /** @enum {string} */
                            status: "active" | "ended";
                            /** Format: date-time */
                            endedAt: string | null;
                            endReason: string | null;
                            mentor: {
                                id: string;
                                displayName: string;
                                username: string;
                                /** @enum {string|null} */
                                stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                                communityName: string | null;
                                streetName: string | null;
                            } | null;
                            mentee: {
                                id: string;
                                displayName: string;
                                username: string;
                                /** @enum {string|null} */
                                stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                                communityName: string | null;
                                streetName: string | null;
                            } | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_mentorships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 大梁 */
                    mentorId: string;
                    /** @description 小梁 */
                    menteeId: string;
                    /** @description 届别 / 批次，如 "2026" */
                    cohort: string;
                    /**
                     * Format: date-time
                     * @description 结对开始日期（YYYY-MM-DD）
                     */
                    startDate: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        id: string;
                        mentorId: string;
                        menteeId: string;
                        streetId: string | null;
                        cohort: string;
                        /** Format: date-time */
                        startDate: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        /** Format: date-time */
                        endedAt: string | null;
                        endReason: string | null;
                        mentor: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                        } | null;
                        mentee: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                        } | null;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_mentorships_suggestions: {
        parameters: {
            query: {
                menteeId: string;
                limit?: number;
                /** @description 小梁“开门第一件事”项目类别（用于匹配经验） */
                category?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mentee: {
                            id: string;
                            displayName: string;
                            streetId: string | null;
                            category: string | null;
                        };
                        items: {
                            mentorId: string;
                            displayName: string;
                            username: string | null;
                            communityName: string | null;
                            streetName: string | null;
                            /** Format: float */
                            score: number;
                            spare: number;
                            activeMentees: number;
                            capacity: number;
                            reasons: string[];
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_mentorships_mentor_load: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            displayName: string;
                            username: string;
                            streetId: string | null;
                            streetName: string | null;
                            communityName: string | null;
                            capacity: number;
                            activeMentees: number;
                            free: number;
                            full: boolean;
                        }[];
                        totals: {
                            mentors: number;
                            capacity: number;
                            active: number;
                            full: number;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_mentorships_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        id: string;
                        mentorId: string;
                        menteeId: string;
                        streetId: string | null;
                        cohort: string;
                        /** Format: date-time */
                        startDate: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        /** Format: date-time */
                        endedAt: string | null;
                        endReason: string | null;
                        mentor: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                        } | null;
                        mentee: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                        } | null;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_mentorships_id_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 结束原因 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        id: string;
                        mentorId: string;
                        menteeId: string;
                        streetId: string | null;
                        cohort: string;
                        /** Format: date-time */
                        startDate: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        /** Format: date-time */
                        endedAt: string | null;
                        endReason: string | null;
                        mentor: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                        } | null;
                        mentee: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                        } | null;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_mentorships_id_notes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            mentorshipId: string;
                            authorId: string;
                            /** Format: date-time */
                            date: string;
                            /** @enum {string} */
                            kind: "visit" | "call" | "training" | "other";
                            note: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_mentorships_id_notes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    date: string;
                    /**
                     * @description visit 走访 / call 电话 / training 培训 / other 其他
                     * @enum {string}
                     */
                    kind: "visit" | "call" | "training" | "other";
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        mentorshipId: string;
                        authorId: string;
                        /** Format: date-time */
                        date: string;
                        /** @enum {string} */
                        kind: "visit" | "call" | "training" | "other";
                        note: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_secretaries_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                        hasPassword: boolean;
                        active: boolean;
                        phone?: string | null;
                        orgUnitId?: string | null;
                        streetId?: string | null;
                        districtId?: string | null;
                        /** @enum {string|null} */
                        beam?: "mentor" | "mentee" | null;
                        /** @enum {string|null} */
                        stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                        stageHistory?: {
                            from: string | null;
                            to: string;
                            reason: string;
                            override: boolean;
                            byId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        mentorCapacity?: number | null;
                        expertise?: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                        stageName: string | null;
                        canMentor: boolean;
                        capacity: number | null;
                        mentor: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                        } | null;
                        mentees: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                            mentorshipId: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_secretaries_id_stage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description new 新任 / empowered 赋能 / excellent 培优 / graduated 毕业 / reserve 预备大梁
                     * @enum {string}
                     */
                    stage: "new" | "empowered" | "excellent" | "graduated" | "reserve";
                    reason?: string;
                    /**
                     * @description 跳级或回退（须填写理由）
                     * @default false
                     */
                    override?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "secretary" | "evaluator" | "department" | "member" | "resident";
                        hasPassword: boolean;
                        active: boolean;
                        phone?: string | null;
                        orgUnitId?: string | null;
                        streetId?: string | null;
                        districtId?: string | null;
                        /** @enum {string|null} */
                        beam?: "mentor" | "mentee" | null;
                        /** @enum {string|null} */
                        stage?: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                        stageHistory?: {
                            from: string | null;
                            to: string;
                            reason: string;
                            override: boolean;
                            byId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        mentorCapacity?: number | null;
                        expertise?: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                        stageName: string | null;
                        canMentor: boolean;
                        capacity: number | null;
                        mentor: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                        } | null;
                        mentees: {
                            id: string;
                            displayName: string;
                            username: string;
                            /** @enum {string|null} */
                            stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                            communityName: string | null;
                            streetName: string | null;
                            mentorshipId: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_import_roster: {
        parameters: {
            query?: {
                /** @description 名册所属区（名册中无区编码且系统中有多个区时必填） */
                district?: string;
                /** @description 只校验并统计，不导入 */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_import_roster_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_points_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            name: string;
                            version: number;
                            /** Format: float */
                            points: number;
                            /** @enum {string} */
                            unit: "event" | "hour";
                            /** Format: float */
                            monthlyCap: number | null;
                            /** @enum {string|null} */
                            partyDayItem?: "lesson" | "film" | "practice" | null;
                            active: boolean;
                            versioned?: boolean;
                            createdVersion?: {
                                version: number;
                                /** Format: float */
                                points: number;
                                /** @enum {string} */
                                unit: "event" | "hour";
                                /** Format: float */
                                monthlyCap: number | null;
                                effectiveFrom: string | null;
                            };
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_points_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 规则键（小写字母、数字、下划线） */
                    key: string;
                    name: string;
                    /** @description 每次 / 每小时积分（整数） */
                    points: number;
                    /**
                     * @description event 按次 / hour 按小时
                     * @enum {string}
                     */
                    unit: "event" | "hour";
                    /** @description 每人每月上限（分），不填为不限 */
                    monthlyCap?: number | null;
                    /**
                     * @description 主题党日清单项：lesson 一课 / film 一片 / practice 一实践
                     * @enum {string|null}
                     */
                    partyDayItem?: "lesson" | "film" | "practice" | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        version: number;
                        /** Format: float */
                        points: number;
                        /** @enum {string} */
                        unit: "event" | "hour";
                        /** Format: float */
                        monthlyCap: number | null;
                        /** @enum {string|null} */
                        partyDayItem?: "lesson" | "film" | "practice" | null;
                        active: boolean;
                        versioned?: boolean;
                        createdVersion?: {
                            version: number;
                            /** Format: float */
                            points: number;
                            /** @enum {string} */
                            unit: "event" | "hour";
                            /** Format: float */
                            monthlyCap: number | null;
                            effectiveFrom: string | null;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_api_v1_points_rules_key_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description 每次 / 每小时积分（整数） */
                    points?: number;
                    /**
                     * @description event 按次 / hour 按小时
                     * @enum {string}
                     */
                    unit?: "event" | "hour";
                    /** @description 每人每月上限（分），不填为不限 */
                    monthlyCap?: number | null;
                    /**
                     * @description 主题党日清单项：lesson 一课 / film 一片 / practice 一实践
                     * @enum {string|null}
                     */
                    partyDayItem?: "lesson" | "film" | "practice" | null;
                    active?: boolean;
                    /** @description 分值、单位、上限的修改自哪一天（上海时间）起生效，默认今天；不能早于今天 */
                    effectiveFrom?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        version: number;
                        /** Format: float */
                        points: number;
                        /** @enum {string} */
                        unit: "event" | "hour";
                        /** Format: float */
                        monthlyCap: number | null;
                        /** @enum {string|null} */
                        partyDayItem?: "lesson" | "film" | "practice" | null;
                        active: boolean;
                        versioned?: boolean;
                        createdVersion?: {
                            version: number;
                            /** Format: float */
                            points: number;
                            /** @enum {string} */
                            unit: "event" | "hour";
                            /** Format: float */
                            monthlyCap: number | null;
                            effectiveFrom: string | null;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_points_rules_key_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        current: number | null;
                        items: {
                            version: number;
                            /** Format: float */
                            points: number;
                            /** @enum {string} */
                            unit: "event" | "hour";
                            /** Format: float */
                            monthlyCap: number | null;
                            effectiveFrom: string | null;
                            /** Format: date-time */
                            createdAt?: string;
                            createdById?: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_points_entries: {
        parameters: {
            query?: never;
            header: {
                /** @description 幂等键：同一笔登记重试时保持不变（8–128 位） */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId: string;
                    ruleKey: string;
                    /**
                     * Format: date-time
                     * @description 发生时间（YYYY-MM-DD 为上海时间当天；上海时间计月）
                     */
                    occurredAt: string;
                    /**
                     * @description 次数或小时数
                     * @default 1
                     */
                    quantity?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        memberId: string;
                        communityId: string;
                        /** @enum {string} */
                        kind: "award" | "revoke";
                        ruleKey: string;
                        ruleName: string;
                        /** @enum {string|null} */
                        partyDayItem?: "lesson" | "film" | "practice" | null;
                        /** Format: float */
                        quantity: number;
                        /** Format: float */
                        pointsPerUnit: number;
                        /** Format: float */
                        points: number;
                        /** Format: date-time */
                        occurredAt: string;
                        month: string;
                        note: string;
                        revokesId?: string | null;
                        reason?: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_points_entries_id_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        memberId: string;
                        communityId: string;
                        /** @enum {string} */
                        kind: "award" | "revoke";
                        ruleKey: string;
                        ruleName: string;
                        /** @enum {string|null} */
                        partyDayItem?: "lesson" | "film" | "practice" | null;
                        /** Format: float */
                        quantity: number;
                        /** Format: float */
                        pointsPerUnit: number;
                        /** Format: float */
                        points: number;
                        /** Format: date-time */
                        occurredAt: string;
                        month: string;
                        note: string;
                        revokesId?: string | null;
                        reason?: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me_points: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            id: string;
                            displayName: string;
                            communityId: string | null;
                        };
                        balance: {
                            /** Format: float */
                            allTime: number;
                            /** Format: float */
                            thisYear: number;
                            /** Format: float */
                            thisMonth: number;
                        };
                        byMonth: {
                            month: string;
                            /** Format: float */
                            points: number;
                        }[];
                        ranks: {
                            month: {
                                period: string;
                                community: {
                                    rank: number | null;
                                    of: number;
                                };
                                street: {
                                    rank: number | null;
                                    of: number;
                                };
                                district: {
                                    rank: number | null;
                                    of: number;
                                };
                                source?: string;
                            };
                            year: {
                                period: string;
                                community: {
                                    rank: number | null;
                                    of: number;
                                };
                                street: {
                                    rank: number | null;
                                    of: number;
                                };
                                district: {
                                    rank: number | null;
                                    of: number;
                                };
                                source?: string;
                            };
                        };
                        partyDay: {
                            month: string;
                            lesson: boolean;
                            film: boolean;
                            practice: boolean;
                            complete: boolean;
                        };
                        history: {
                            items: {
                                _id: string;
                                memberId: string;
                                communityId: string;
                                /** @enum {string} */
                                kind: "award" | "revoke";
                                ruleKey: string;
                                ruleName: string;
                                /** @enum {string|null} */
                                partyDayItem?: "lesson" | "film" | "practice" | null;
                                /** Format: float */
                                quantity: number;
                                /** Format: float */
                                pointsPerUnit: number;
                                /** Format: float */
                                points: number;
                                /** Format: date-time */
                                occurredAt: string;
                                month: string;
                                note: string;
                                revokesId?: string | null;
                                reason?: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                revoked: boolean;
                                revokedReason: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_members_id_points: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            id: string;
                            displayName: string;
                            communityId: string | null;
                        };
                        balance: {
                            /** Format: float */
                            allTime: number;
                            /** Format: float */
                            thisYear: number;
                            /** Format: float */
                            thisMonth: number;
                        };
                        byMonth: {
                            month: string;
                            /** Format: float */
                            points: number;
                        }[];
                        ranks: {
                            month: {
                                period: string;
                                community: {
                                    rank: number | null;
                                    of: number;
                                };
                                street: {
                                    rank: number | null;
                                    of: number;
                                };
                                district: {
                                    rank: number | null;
                                    of: number;
                                };
                                source?: string;
                            };
                            year: {
                                period: string;
                                community: {
                                    rank: number | null;
                                    of: number;
                                };
                                street: {
                                    rank: number | null;
                                    of: number;
                                };
                                district: {
                                    rank: number | null;
                                    of: number;
                                };
                                source?: string;
                            };
                        };
                        partyDay: {
                            month: string;
                            lesson: boolean;
                            film: boolean;
                            practice: boolean;
                            complete: boolean;
                        };
                        history: {
                            items: {
                                _id: string;
                                memberId: string;
                                communityId: string;
                                /** @enum {string} */
                                kind: "award" | "revoke";
                                ruleKey: string;
                                ruleName: string;
                                /** @enum {string|null} */
                                partyDayItem?: "lesson" | "film" | "practice" | null;
                                /** Format: float */
                                quantity: number;
                                /** Format: float */
                                pointsPerUnit: number;
                                /** Format: float */
                                points: number;
                                /** Format: date-time */
                                occurredAt: string;
                                month: string;
                                note: string;
                                revokesId?: string | null;
                                reason?: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                revoked: boolean;
                                revokedReason: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me_party_day: {
        parameters: {
            query?: {
                /** @description YYYY-MM，默认本月 */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_communities_id_party_day: {
        parameters: {
            query?: {
                /** @description YYYY-MM，默认本月 */
                month?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        communityId: string;
                        complete: number;
                        total: number;
                        items: {
                            memberId: string;
                            displayName: string;
                            lesson: boolean;
                            film: boolean;
                            practice: boolean;
                            complete: boolean;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_points_leaderboard: {
        parameters: {
            query: {
                /** @description YYYY-MM 或 YYYY */
                period: string;
                /** @description district | street:<id> | community:<id> */
                scope?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_points_claims: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
                /** @description 居村（管理员可选；书记只能是本居村） */
                community?: string;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            memberId: string;
                            displayName: string;
                            communityId: string;
                            ruleKey: string;
                            ruleName: string;
                            /** Format: date-time */
                            occurredAt: string;
                            month: string;
                            /** Format: float */
                            quantity: number;
                            description: string;
                            /** Format: date-time */
                            submittedAt: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            decidedAt: string | null;
                            reason: string | null;
                            /** Format: float */
                            points: number | null;
                            refusal: {
                                code: string;
                                message: string;
                                /** Format: date-time */
                                at: string;
                                byId: string;
                            } | null;
                            photos: {
                                n: number;
                                contentType: string;
                                size: number;
                                url: string;
                            }[];
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_points_claims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ruleKey: string;
                    /**
                     * Format: date-time
                     * @description 发生时间（YYYY-MM-DD 为上海时间当天）
                     */
                    occurredAt: string;
                    /**
                     * @description 小时数（按小时的规则）或次数
                     * @default 1
                     */
                    quantity?: number;
                    /** @description 做了什么、在哪里、谁可证明 */
                    description: string;
                    /**
                     * @description 证明照片，最多 3 张
                     * @default []
                     */
                    photos?: {
                        /**
                         * @description image/jpeg 或 image/png（以文件头校验）
                         * @enum {string}
                         */
                        contentType: "image/jpeg" | "image/png";
                        /** @description 照片内容（base64，解码后 ≤ 2 MB） */
                        data: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        memberId: string;
                        displayName: string;
                        communityId: string;
                        ruleKey: string;
                        ruleName: string;
                        /** Format: date-time */
                        occurredAt: string;
                        month: string;
                        /** Format: float */
                        quantity: number;
                        description: string;
                        /** Format: date-time */
                        submittedAt: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected";
                        /** Format: date-time */
                        decidedAt: string | null;
                        reason: string | null;
                        /** Format: float */
                        points: number | null;
                        refusal: {
                            code: string;
                            message: string;
                            /** Format: date-time */
                            at: string;
                            byId: string;
                        } | null;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_points_claims_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        memberId: string;
                        displayName: string;
                        communityId: string;
                        ruleKey: string;
                        ruleName: string;
                        /** Format: date-time */
                        occurredAt: string;
                        month: string;
                        /** Format: float */
                        quantity: number;
                        description: string;
                        /** Format: date-time */
                        submittedAt: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected";
                        /** Format: date-time */
                        decidedAt: string | null;
                        reason: string | null;
                        /** Format: float */
                        points: number | null;
                        refusal: {
                            code: string;
                            message: string;
                            /** Format: date-time */
                            at: string;
                            byId: string;
                        } | null;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_points_claims_id_photos_n_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_points_claims_id_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        memberId: string;
                        displayName: string;
                        communityId: string;
                        ruleKey: string;
                        ruleName: string;
                        /** Format: date-time */
                        occurredAt: string;
                        month: string;
                        /** Format: float */
                        quantity: number;
                        description: string;
                        /** Format: date-time */
                        submittedAt: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected";
                        /** Format: date-time */
                        decidedAt: string | null;
                        reason: string | null;
                        /** Format: float */
                        points: number | null;
                        refusal: {
                            code: string;
                            message: string;
                            /** Format: date-time */
                            at: string;
                            byId: string;
                        } | null;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_points_claims_id_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 驳回理由（告知党员） */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        memberId: string;
                        displayName: string;
                        communityId: string;
                        ruleKey: string;
                        ruleName: string;
                        /** Format: date-time */
                        occurredAt: string;
                        month: string;
                        /** Format: float */
                        quantity: number;
                        description: string;
                        /** Format: date-time */
                        submittedAt: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected";
                        /** Format: date-time */
                        decidedAt: string | null;
                        reason: string | null;
                        /** Format: float */
                        points: number | null;
                        refusal: {
                            code: string;
                            message: string;
                            /** Format: date-time */
                            at: string;
                            byId: string;
                        } | null;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me_points_activity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        upcomingActivities: {
                            _id: string;
                            title: string;
                            kind: string;
                            place: string;
                            /** Format: date-time */
                            startAt: string;
                            /** Format: date-time */
                            endAt: string;
                            /** @enum {string} */
                            scopeLevel: "district" | "street" | "community";
                            scopeId: string;
                            communityId: string | null;
                            streetId: string | null;
                            districtId: string | null;
                            capacity: number | null;
                            signUp: boolean;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** Format: date-time */
                            closedAt: string | null;
                            createdById: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            signInWindow: {
                                /** Format: date-time */
                                opensAt: string;
                                /** Format: date-time */
                                closesAt: string;
                            };
                        }[];
                        recentSignIns: {
                            activityId: string;
                            /** Format: date-time */
                            at: string;
                            /** @enum {string} */
                            via: "code" | "manual";
                            title: string | null;
                            kind: string | null;
                            /** Format: date-time */
                            startAt: string | null;
                            /** Format: date-time */
                            endAt: string | null;
                            closed: boolean;
                        }[];
                        claims: {
                            pending: {
                                _id: string;
                                memberId: string;
                                displayName: string;
                                communityId: string;
                                ruleKey: string;
                                ruleName: string;
                                /** Format: date-time */
                                occurredAt: string;
                                month: string;
                                /** Format: float */
                                quantity: number;
                                description: string;
                                /** Format: date-time */
                                submittedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                /** Format: date-time */
                                decidedAt: string | null;
                                reason: string | null;
                                /** Format: float */
                                points: number | null;
                                refusal: {
                                    code: string;
                                    message: string;
                                    /** Format: date-time */
                                    at: string;
                                    byId: string;
                                } | null;
                                photos: {
                                    n: number;
                                    contentType: string;
                                    size: number;
                                    url: string;
                                }[];
                            }[];
                            decided: {
                                _id: string;
                                memberId: string;
                                displayName: string;
                                communityId: string;
                                ruleKey: string;
                                ruleName: string;
                                /** Format: date-time */
                                occurredAt: string;
                                month: string;
                                /** Format: float */
                                quantity: number;
                                description: string;
                                /** Format: date-time */
                                submittedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                /** Format: date-time */
                                decidedAt: string | null;
                                reason: string | null;
                                /** Format: float */
                                points: number | null;
                                refusal: {
                                    code: string;
                                    message: string;
                                    /** Format: date-time */
                                    at: string;
                                    byId: string;
                                } | null;
                                photos: {
                                    n: number;
                                    contentType: string;
                                    size: number;
                                    url: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_activities: {
        parameters: {
            query?: {
                /** @description 只看为该居村举办的活动 */
                community?: string;
                /** @description 该街镇及其居村的活动 */
                street?: string;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
                /** @description 日历起始日（YYYY-MM-DD，上海时间） */
                from?: string;
                /** @description 日历结束日（含当日） */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            title: string;
                            kind: string;
                            place: string;
                            /** Format: date-time */
                            startAt: string;
                            /** Format: date-time */
                            endAt: string;
                            /** @enum {string} */
                            scopeLevel: "district" | "street" | "community";
                            scopeId: string;
                            communityId: string | null;
                            streetId: string | null;
                            districtId: string | null;
                            capacity: number | null;
                            signUp: boolean;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** Format: date-time */
                            closedAt: string | null;
                            createdById: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            signInWindow: {
                                /** Format: date-time */
                                opensAt: string;
                                /** Format: date-time */
                                closesAt: string;
                            };
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_activities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 活动名称 */
                    title: string;
                    /** @description 积分规则键，如 party_day_lesson、micro_lesson、study_discussion、volunteer_hour */
                    kind: string;
                    /** @description 地点 */
                    place: string;
                    /**
                     * Format: date-time
                     * @description 开始时间（ISO 时刻，如 2026-11-20T14:00:00+08:00）
                     */
                    startAt: string;
                    /**
                     * Format: date-time
                     * @description 结束时间（晚于开始，最长 24 小时）
                     */
                    endAt: string;
                    /** @description 人数上限，不填为不限 */
                    capacity?: number | null;
                    /**
                     * @description 是否需提前报名（提示党员，签到时不检查）
                     * @default false
                     */
                    signUp?: boolean;
                    /** @description 面向的组织单位：书记只能是本居村（默认）；管理员可选居村、街镇或区 */
                    scopeId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        title: string;
                        kind: string;
                        place: string;
                        /** Format: date-time */
                        startAt: string;
                        /** Format: date-time */
                        endAt: string;
                        /** @enum {string} */
                        scopeLevel: "district" | "street" | "community";
                        scopeId: string;
                        communityId: string | null;
                        streetId: string | null;
                        districtId: string | null;
                        capacity: number | null;
                        signUp: boolean;
                        /** @enum {string} */
                        status: "open" | "closed";
                        /** Format: date-time */
                        closedAt: string | null;
                        createdById: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        signInWindow: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_activities_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        title: string;
                        kind: string;
                        place: string;
                        /** Format: date-time */
                        startAt: string;
                        /** Format: date-time */
                        endAt: string;
                        /** @enum {string} */
                        scopeLevel: "district" | "street" | "community";
                        scopeId: string;
                        communityId: string | null;
                        streetId: string | null;
                        districtId: string | null;
                        capacity: number | null;
                        signUp: boolean;
                        /** @enum {string} */
                        status: "open" | "closed";
                        /** Format: date-time */
                        closedAt: string | null;
                        createdById: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        signInWindow: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        };
                        rule: {
                            key: string;
                            name: string;
                            /** Format: float */
                            points: number;
                            unit: string;
                            /** Format: float */
                            monthlyCap: number | null;
                        } | null;
                        attendeeCount: number;
                        canManage: boolean;
                        mySignIn?: {
                            _id: string;
                            activityId: string;
                            memberId: string;
                            displayName: string;
                            /** @enum {string} */
                            via: "code" | "manual";
                            /** Format: date-time */
                            at: string;
                        } | null;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_api_v1_activities_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 活动名称 */
                    title?: string;
                    /** @description 积分规则键，如 party_day_lesson、micro_lesson、study_discussion、volunteer_hour */
                    kind?: string;
                    /** @description 地点 */
                    place?: string;
                    /**
                     * Format: date-time
                     * @description 开始时间（ISO 时刻，如 2026-11-20T14:00:00+08:00）
                     */
                    startAt?: string;
                    /**
                     * Format: date-time
                     * @description 结束时间（晚于开始，最长 24 小时）
                     */
                    endAt?: string;
                    /** @description 人数上限，不填为不限 */
                    capacity?: number | null;
                    /** @description 是否需提前报名（提示党员，签到时不检查） */
                    signUp?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        title: string;
                        kind: string;
                        place: string;
                        /** Format: date-time */
                        startAt: string;
                        /** Format: date-time */
                        endAt: string;
                        /** @enum {string} */
                        scopeLevel: "district" | "street" | "community";
                        scopeId: string;
                        communityId: string | null;
                        streetId: string | null;
                        districtId: string | null;
                        capacity: number | null;
                        signUp: boolean;
                        /** @enum {string} */
                        status: "open" | "closed";
                        /** Format: date-time */
                        closedAt: string | null;
                        createdById: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        signInWindow: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_activities_id_sign_in_code: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityId: string;
                        code: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        acceptedUntil: string;
                        refreshInSeconds: number;
                        signInPath: string;
                        signInUrl: string;
                        signInWindow: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        };
                        signInOpen: boolean;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_activities_id_sign_in: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        activityId: string;
                        memberId: string;
                        displayName: string;
                        /** @enum {string} */
                        via: "code" | "manual";
                        /** Format: date-time */
                        at: string;
                        award?: {
                            memberId: string;
                            displayName: string;
                            /** @enum {string} */
                            status: "awarded" | "already_awarded" | "refused" | "pending";
                            entryId?: string;
                            /** Format: float */
                            points?: number;
                            code?: string;
                            message?: string;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_activities_id_attendees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityId: string;
                        capacity: number | null;
                        total: number;
                        items: {
                            _id: string;
                            activityId: string;
                            memberId: string;
                            displayName: string;
                            /** @enum {string} */
                            via: "code" | "manual";
                            /** Format: date-time */
                            at: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_activities_id_attendees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 要补登签到的党员（最多 200 人） */
                    memberIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityId: string;
                        summary: {
                            added: number;
                            already: number;
                            refused: number;
                        };
                        items: {
                            memberId: string;
                            displayName: string | null;
                            /** @enum {string} */
                            status: "added" | "already" | "refused";
                            code?: string;
                            message?: string;
                            attendance?: {
                                _id: string;
                                activityId: string;
                                memberId: string;
                                displayName: string;
                                /** @enum {string} */
                                via: "code" | "manual";
                                /** Format: date-time */
                                at: string;
                            };
                            award?: {
                                memberId: string;
                                displayName: string;
                                /** @enum {string} */
                                status: "awarded" | "already_awarded" | "refused" | "pending";
                                entryId?: string;
                                /** Format: float */
                                points?: number;
                                code?: string;
                                message?: string;
                            };
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    delete_api_v1_activities_id_attendees_memberId_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_activities_id_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activity: {
                            _id: string;
                            title: string;
                            kind: string;
                            place: string;
                            /** Format: date-time */
                            startAt: string;
                            /** Format: date-time */
                            endAt: string;
                            /** @enum {string} */
                            scopeLevel: "district" | "street" | "community";
                            scopeId: string;
                            communityId: string | null;
                            streetId: string | null;
                            districtId: string | null;
                            capacity: number | null;
                            signUp: boolean;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** Format: date-time */
                            closedAt: string | null;
                            createdById: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            signInWindow: {
                                /** Format: date-time */
                                opensAt: string;
                                /** Format: date-time */
                                closesAt: string;
                            };
                        };
                        /** Format: date-time */
                        closedAt: string;
                        closedById: string;
                        award: {
                            ruleKey: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** Format: float */
                            quantity: number;
                            note: string;
                            ruleName: string | null;
                        };
                        summary: {
                            attendees: number;
                            awarded: number;
                            alreadyAwarded: number;
                            refused: number;
                            pending: number;
                        };
                        items: {
                            memberId: string;
                            displayName: string;
                            /** @enum {string} */
                            status: "awarded" | "already_awarded" | "refused" | "pending";
                            entryId?: string;
                            /** Format: float */
                            points?: number;
                            code?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_project_categories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            name: string;
                            order: number;
                            active: boolean;
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_api_v1_project_categories_key_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    order?: number;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        order: number;
                        active: boolean;
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_projects: {
        parameters: {
            query?: {
                category?: string;
                street?: string;
                community?: string;
                status?: "active" | "done" | "paused" | "cancelled";
                owner?: string;
                /** @description 名称或目标包含 */
                q?: string;
                sort?: "-updatedAt" | "startDate" | "-startDate" | "-percent" | "percent" | "title";
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            ownerId: string;
                            communityId: string;
                            streetId: string | null;
                            title: string;
                            categoryKey: string;
                            goal: string;
                            /** Format: date-time */
                            startDate: string;
                            /** @enum {string} */
                            status: "active" | "done" | "paused" | "cancelled";
                            /** Format: float */
                            percent: number;
                            /** Format: date-time */
                            lastProgressAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            milestones: {
                                _id: string;
                                title: string;
                                /** Format: date-time */
                                dueDate: string;
                            }[];
                            streetName: string | null;
                            communityName: string | null;
                            ownerName: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_projects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 项目名称 */
                    title: string;
                    /** @description 项目类别 */
                    categoryKey: string;
                    /** @description 项目目标 */
                    goal: string;
                    /**
                     * Format: date-time
                     * @description 开始日期（YYYY-MM-DD）
                     */
                    startDate: string;
                    /** @default [] */
                    milestones?: {
                        _id?: string;
                        title: string;
                        /**
                         * Format: date-time
                         * @description 计划完成日期（YYYY-MM-DD，当日 24 时前完成不算逾期）
                         */
                        dueDate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        ownerId: string;
                        communityId: string;
                        streetId: string | null;
                        title: string;
                        categoryKey: string;
                        goal: string;
                        /** Format: date-time */
                        startDate: string;
                        /** @enum {string} */
                        status: "active" | "done" | "paused" | "cancelled";
                        /** Format: float */
                        percent: number;
                        /** Format: date-time */
                        lastProgressAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        milestones: {
                            _id: string;
                            title: string;
                            /** Format: date-time */
                            dueDate: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_projects_popular: {
        parameters: {
            query?: {
                top?: number;
                /** @description 评选周期（年份），默认今年 */
                cycle?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cycle: string;
                        formula: string;
                        /** Format: float */
                        mean: number;
                        items: {
                            rank: number;
                            projectId: string;
                            title: string;
                            communityId: string;
                            streetId: string | null;
                            online: {
                                count: number;
                                /** Format: float */
                                sum: number;
                            };
                            offline: {
                                count: number;
                                /** Format: float */
                                total: number;
                            };
                            votes: number;
                            /** Format: float */
                            average: number | null;
                            /** Format: float */
                            score: number;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_projects_export_xlsx: {
        parameters: {
            query?: {
                category?: string;
                street?: string;
                community?: string;
                status?: "active" | "done" | "paused" | "cancelled";
                owner?: string;
                /** @description 名称或目标包含 */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_projects_votes_offline: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    projectId: string;
                    /** @description 线下票数 */
                    count: number;
                    /** @description 线下总分（每票 1–5 分之和） */
                    total: number;
                    /** @description 评选周期（年份），默认今年 */
                    cycle?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        cycle: string;
                        projectId: string;
                        count: number;
                        total: number;
                        enteredById: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_projects_id_: {
        parameters: {
            query?: {
                /** @description 评选周期（年份），默认今年 */
                cycle?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        ownerId: string;
                        communityId: string;
                        streetId: string | null;
                        title: string;
                        categoryKey: string;
                        goal: string;
                        /** Format: date-time */
                        startDate: string;
                        /** @enum {string} */
                        status: "active" | "done" | "paused" | "cancelled";
                        /** Format: float */
                        percent: number;
                        /** Format: date-time */
                        lastProgressAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @enum {string} */
                        view: "summary" | "department" | "full";
                        owner: {
                            id: string;
                            displayName: string;
                        } | null;
                        milestones: {
                            _id: string;
                            title: string;
                            /** Format: date-time */
                            dueDate: string;
                            done: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                        }[];
                        votes: {
                            cycle: string;
                            online: {
                                count: number;
                                /** Format: float */
                                sum: number;
                            };
                            offline: {
                                count: number;
                                /** Format: float */
                                total: number;
                            };
                        };
                        statusHistory?: {
                            from: string;
                            to: string;
                            reason: string;
                            byId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        timeline?: {
                            _id: string;
                            /** @enum {string} */
                            type: "progress" | "comment";
                            /** Format: date-time */
                            at: string;
                            authorId: string;
                            note: string;
                            /** Format: float */
                            percent?: number;
                            milestoneId?: string | null;
                            progressId?: string | null;
                        }[];
                        whistles?: {
                            _id: string;
                            projectId: string;
                            ownerId: string;
                            departmentId: string;
                            problem: string;
                            /** Format: date-time */
                            dueDate: string;
                            /** @enum {string} */
                            status: "open" | "accepted" | "in_progress" | "resolved" | "rejected";
                            responses: {
                                /** @enum {string} */
                                status: "accepted" | "in_progress" | "resolved" | "rejected";
                                note: string;
                                authorId: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_api_v1_projects_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    categoryKey?: string;
                    goal?: string;
                    /**
                     * Format: date-time
                     * @description 开始日期（YYYY-MM-DD）
                     */
                    startDate?: string;
                    milestones?: {
                        _id?: string;
                        title: string;
                        /**
                         * Format: date-time
                         * @description 计划完成日期（YYYY-MM-DD，当日 24 时前完成不算逾期）
                         */
                        dueDate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        ownerId: string;
                        communityId: string;
                        streetId: string | null;
                        title: string;
                        categoryKey: string;
                        goal: string;
                        /** Format: date-time */
                        startDate: string;
                        /** @enum {string} */
                        status: "active" | "done" | "paused" | "cancelled";
                        /** Format: float */
                        percent: number;
                        /** Format: date-time */
                        lastProgressAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        milestones: {
                            _id: string;
                            title: string;
                            /** Format: date-time */
                            dueDate: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_projects_id_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "active" | "done" | "paused" | "cancelled";
                    /** @description 状态变更原因 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        ownerId: string;
                        communityId: string;
                        streetId: string | null;
                        title: string;
                        categoryKey: string;
                        goal: string;
                        /** Format: date-time */
                        startDate: string;
                        /** @enum {string} */
                        status: "active" | "done" | "paused" | "cancelled";
                        /** Format: float */
                        percent: number;
                        /** Format: date-time */
                        lastProgressAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        milestones: {
                            _id: string;
                            title: string;
                            /** Format: date-time */
                            dueDate: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_projects_id_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            projectId: string;
                            authorId: string;
                            /** Format: date-time */
                            date: string;
                            note: string;
                            /** Format: float */
                            percent: number;
                            milestoneId: string | null;
                            milestoneDone: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_projects_id_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    date: string;
                    note: string;
                    percent: number;
                    milestoneId?: string;
                    /** @default false */
                    milestoneDone?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        authorId: string;
                        /** Format: date-time */
                        date: string;
                        note: string;
                        /** Format: float */
                        percent: number;
                        milestoneId: string | null;
                        milestoneDone: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_projects_id_comments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    progressId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        authorId: string;
                        note: string;
                        progressId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_projects_id_whistles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 职能部门账号 */
                    departmentId: string;
                    problem: string;
                    /**
                     * Format: date-time
                     * @description 办结期限（YYYY-MM-DD，当日 24 时前办结不算超期）
                     */
                    dueDate: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        ownerId: string;
                        departmentId: string;
                        problem: string;
                        /** Format: date-time */
                        dueDate: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "in_progress" | "resolved" | "rejected";
                        responses: {
                            /** @enum {string} */
                            status: "accepted" | "in_progress" | "resolved" | "rejected";
                            note: string;
                            authorId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        /** Format: date-time */
                        firstResponseAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_projects_id_votes: {
        parameters: {
            query?: never;
            header?: {
                /** @description 手机验证后得到的凭证（POST /public/verify/confirm），2 小时有效 */
                "x-voter-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 投票人手机号（大陆 11 位，可带 +86、空格或横线；同一号码的各种写法视为同一人），只保存加盐散列 */
                    voterKey?: string;
                    /** @description 投票码（社区入户发放，10 位，大小写与横线不限） */
                    votingCode?: string;
                    score: number;
                    /** @description 评选周期（年份），默认今年 */
                    cycle?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: boolean;
                        vote: {
                            projectId: string;
                            cycle: string;
                            score: number;
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_whistles: {
        parameters: {
            query?: {
                department?: string;
                project?: string;
                status?: "open" | "accepted" | "in_progress" | "resolved" | "rejected";
                overdue?: boolean;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            projectId: string;
                            ownerId: string;
                            departmentId: string;
                            problem: string;
                            /** Format: date-time */
                            dueDate: string;
                            /** @enum {string} */
                            status: "open" | "accepted" | "in_progress" | "resolved" | "rejected";
                            responses: {
                                /** @enum {string} */
                                status: "accepted" | "in_progress" | "resolved" | "rejected";
                                note: string;
                                authorId: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            streetName: string | null;
                            communityName: string | null;
                            ownerName: string | null;
                            departmentName: string | null;
                            overdue: boolean;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_whistles_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_whistles_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        ownerId: string;
                        departmentId: string;
                        problem: string;
                        /** Format: date-time */
                        dueDate: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "in_progress" | "resolved" | "rejected";
                        responses: {
                            /** @enum {string} */
                            status: "accepted" | "in_progress" | "resolved" | "rejected";
                            note: string;
                            authorId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        /** Format: date-time */
                        firstResponseAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        streetName: string | null;
                        communityName: string | null;
                        ownerName: string | null;
                        departmentName: string | null;
                        overdue: boolean;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_whistles_id_responses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "accepted" | "in_progress" | "resolved" | "rejected";
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        ownerId: string;
                        departmentId: string;
                        problem: string;
                        /** Format: date-time */
                        dueDate: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "in_progress" | "resolved" | "rejected";
                        responses: {
                            /** @enum {string} */
                            status: "accepted" | "in_progress" | "resolved" | "rejected";
                            note: string;
                            authorId: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        /** Format: date-time */
                        firstResponseAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me_mentees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            mentorshipId: string;
                            /** Format: date-time */
                            startDate: string;
                            mentee: {
                                id: string;
                                displayName: string;
                                /** @enum {string|null} */
                                stage: "new" | "empowered" | "excellent" | "graduated" | "reserve" | null;
                                communityName: string | null;
                            } | null;
                            project: {
                                id: string;
                                title: string;
                                categoryKey: string;
                                /** @enum {string} */
                                status: "active" | "done" | "paused" | "cancelled";
                                /** Format: float */
                                percent: number;
                                /** Format: date-time */
                                lastProgressAt: string | null;
                            } | null;
                            assessment: {
                                month: string;
                                /** @enum {string} */
                                rating: "green" | "amber" | "red";
                                reasons: string[];
                                metrics: {
                                    /** Format: float */
                                    progressLogs?: number | null;
                                    /** Format: float */
                                    daysSinceLastLog?: number | null;
                                    /** Format: float */
                                    overdueMilestones?: number | null;
                                    /** Format: float */
                                    coachingNotes?: number | null;
                                    /** Format: float */
                                    openWhistles?: number | null;
                                    /** Format: float */
                                    overdueWhistles?: number | null;
                                    /** Format: float */
                                    percent?: number | null;
                                    /** Format: float */
                                    trainingsInvited?: number | null;
                                    /** Format: float */
                                    trainingsAttended?: number | null;
                                };
                            } | null;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_assessments: {
        parameters: {
            query?: {
                /** @description 默认上个月 */
                month?: string;
                street?: string;
                rating?: "green" | "amber" | "red";
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        summary: {
                            streetId: string;
                            streetName: string | null;
                            /** Format: float */
                            green: number;
                            /** Format: float */
                            amber: number;
                            /** Format: float */
                            red: number;
                            /** Format: float */
                            total: number;
                        }[];
                        items: {
                            _id: string;
                            month: string;
                            mentorshipId: string;
                            mentorId: string;
                            menteeId: string;
                            streetId: string | null;
                            projectId: string | null;
                            metrics: {
                                /** Format: float */
                                progressLogs?: number | null;
                                /** Format: float */
                                daysSinceLastLog?: number | null;
                                /** Format: float */
                                overdueMilestones?: number | null;
                                /** Format: float */
                                coachingNotes?: number | null;
                                /** Format: float */
                                openWhistles?: number | null;
                                /** Format: float */
                                overdueWhistles?: number | null;
                                /** Format: float */
                                percent?: number | null;
                                /** Format: float */
                                trainingsInvited?: number | null;
                                /** Format: float */
                                trainingsAttended?: number | null;
                            };
                            /** @enum {string} */
                            rating: "green" | "amber" | "red";
                            reasons: string[];
                            mentorName: string | null;
                            menteeName: string | null;
                        }[];
                        /** Format: float */
                        page: number;
                        /** Format: float */
                        pageSize: number;
                        /** Format: float */
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_assessments_proposals: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected" | "superseded";
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            month: string;
                            menteeId: string;
                            from: string;
                            to: string;
                            reasons: string[];
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "superseded";
                            decidedById: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decisionNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            menteeName: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_assessments_proposals_id_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        month: string;
                        menteeId: string;
                        from: string;
                        to: string;
                        reasons: string[];
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "superseded";
                        decidedById: string | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionNote: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_assessments_proposals_id_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        month: string;
                        menteeId: string;
                        from: string;
                        to: string;
                        reasons: string[];
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "superseded";
                        decidedById: string | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionNote: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            year: number;
                            name: string;
                            indicators: {
                                key: string;
                                name: string;
                                /** Format: float */
                                weight: number;
                            }[];
                            sources: {
                                key: string;
                                name: string;
                                /** Format: float */
                                weight: number;
                            }[];
                            scale: {
                                /** Format: float */
                                min: number;
                                /** Format: float */
                                max: number;
                            };
                            /** @enum {string} */
                            residentVerification?: "none" | "codes" | "sms" | "both";
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "published";
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                    name: string;
                    /** @description 默认：党员管得住 / 群众愿意跟 / 引领有章法 / 工作落地快，各 0.25 */
                    indicators?: {
                        key: string;
                        name: string;
                        /** Format: float */
                        weight: number;
                    }[];
                    /** @description 默认：mentor 大梁实地评估 0.4 / resident 群众线上打分 0.3 / department 街镇部门综合测评 0.3 */
                    sources?: {
                        key: string;
                        name: string;
                        /** Format: float */
                        weight: number;
                    }[];
                    /** @description 评分区间，默认 0–100 */
                    scale?: {
                        /** Format: float */
                        min: number;
                        /** Format: float */
                        max: number;
                    };
                    /** @description 每个来源至少多少份评分，结果才参加排名和最美书记评选；未给出的来源取默认：mentor 2 / resident 30 / department 1 */
                    minimums?: {
                        [key: string]: number;
                    };
                    /**
                     * @description 群众身份核验：none 任意手机号 / codes 投票码 / sms 手机验证码 / both 投票码或手机验证码（新周期默认 both）
                     * @default both
                     * @enum {string}
                     */
                    residentVerification?: "none" | "codes" | "sms" | "both";
                    /**
                     * @description 去掉最高/最低：开启评分时随其他规则冻结
                     * @default {
                     *       "residentTrimPercent": 0
                     *     }
                     */
                    trimming?: {
                        /** @description 群众线上打分每项指标去掉最高、最低各多少百分比（0–25 的整数，默认 0 不去掉）；例如 10：n 份中去掉最低、最高各 ⌊n×10%⌋ 份后取平均 */
                        residentTrimPercent?: number;
                    };
                    /** @description 最美书记：名额（默认 53）、分配方式（默认 district）、公示工作日数（默认 5） */
                    awards?: {
                        /** @description 最美书记名额总数，默认 53 */
                        total?: number;
                        /**
                         * @description district 全区统一排名（默认）/ street 按各街镇居村数分配名额（最大余数法）
                         * @enum {string}
                         */
                        quotaMode?: "district" | "street";
                        /** @description 公示期工作日数（周一至周五，公示次日起算），默认 5 */
                        noticeWorkingDays?: number;
                    };
                    /** @description 最受群众欢迎项目：名额（默认 18）、分配方式（默认 district）、公示工作日数（默认 5）、最低票数（默认 30） */
                    projectAwards?: {
                        /** @description 最受群众欢迎项目名额总数，默认 18 */
                        total?: number;
                        /**
                         * @description district 全区统一排名（默认）/ street 按各街镇居村数分配名额（最大余数法）
                         * @enum {string}
                         */
                        quotaMode?: "district" | "street";
                        /** @description 公示期工作日数（周一至周五，公示次日起算），默认 5 */
                        noticeWorkingDays?: number;
                        /** @description 参加评选的最低票数（线上与线下合计），默认 30 */
                        minVotes?: number;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        year: number;
                        name: string;
                        indicators: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        sources: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        scale: {
                            /** Format: float */
                            min: number;
                            /** Format: float */
                            max: number;
                        };
                        /** @enum {string} */
                        residentVerification?: "none" | "codes" | "sms" | "both";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "published";
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        year: number;
                        name: string;
                        indicators: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        sources: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        scale: {
                            /** Format: float */
                            min: number;
                            /** Format: float */
                            max: number;
                        };
                        /** @enum {string} */
                        residentVerification?: "none" | "codes" | "sms" | "both";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "published";
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        year: number;
                        name: string;
                        indicators: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        sources: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        scale: {
                            /** Format: float */
                            min: number;
                            /** Format: float */
                            max: number;
                        };
                        /** @enum {string} */
                        residentVerification?: "none" | "codes" | "sms" | "both";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "published";
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        year: number;
                        name: string;
                        indicators: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        sources: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        scale: {
                            /** Format: float */
                            min: number;
                            /** Format: float */
                            max: number;
                        };
                        /** @enum {string} */
                        residentVerification?: "none" | "codes" | "sms" | "both";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "published";
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        year: number;
                        name: string;
                        indicators: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        sources: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        scale: {
                            /** Format: float */
                            min: number;
                            /** Format: float */
                            max: number;
                        };
                        /** @enum {string} */
                        residentVerification?: "none" | "codes" | "sms" | "both";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "published";
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_api_v1_evaluation_cycles_id_resident_verification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 群众身份核验：none 任意手机号 / codes 投票码 / sms 手机验证码 / both 投票码或手机验证码（新周期默认 both）
                     * @enum {string}
                     */
                    residentVerification: "none" | "codes" | "sms" | "both";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        year: number;
                        name: string;
                        indicators: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        sources: {
                            key: string;
                            name: string;
                            /** Format: float */
                            weight: number;
                        }[];
                        scale: {
                            /** Format: float */
                            min: number;
                            /** Format: float */
                            max: number;
                        };
                        /** @enum {string} */
                        residentVerification?: "none" | "codes" | "sms" | "both";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "published";
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_assignments: {
        parameters: {
            query?: {
                evaluator?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            evaluatorId: string;
                            evaluatorName: string | null;
                            source: string;
                            assigned: number;
                            scored: number;
                            remaining: {
                                secretaryId: string;
                                displayName: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_assignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    evaluatorId: string;
                    source: string;
                    /** @description {} 或 {streetId: null}：全区在职小梁；{streetId}：该街镇在职小梁；{secretaryIds}：指定书记 */
                    scope?: {
                        secretaryIds: string[];
                    } | {
                        streetId?: string | null;
                    };
                    /** @description 同 scope.secretaryIds（旧写法） */
                    secretaryIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigned: number;
                        alreadyAssigned: number;
                        items: {
                            evaluatorId: string;
                            evaluatorName: string | null;
                            source: string;
                            assigned: number;
                            scored: number;
                            remaining: {
                                secretaryId: string;
                                displayName: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_api_v1_evaluation_cycles_id_scores_secretaryId_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                secretaryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    source: string;
                    indicators: {
                        [key: string]: number;
                    };
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        cycleId: string;
                        source: string;
                        evaluatorId: string;
                        secretaryId: string;
                        indicators: {
                            [key: string]: number;
                        };
                        comment: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_audit: {
        parameters: {
            query?: {
                secretary?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_resident_scores: {
        parameters: {
            query?: never;
            header?: {
                /** @description 手机验证后得到的凭证（POST /public/verify/confirm），2 小时有效 */
                "x-voter-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    secretaryId: string;
                    indicators?: {
                        [key: string]: number;
                    };
                    /** Format: float */
                    overall?: number;
                    /** @description 投票人手机号（大陆 11 位，可带 +86、空格或横线；同一号码的各种写法视为同一人），只保存加盐散列 */
                    voterKey?: string;
                    /** @description 投票码（社区入户发放，10 位，大小写与横线不限） */
                    votingCode?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: boolean;
                        secretaryId: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_resident_scores_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rows: {
                        secretaryId: string;
                        indicators?: {
                            [key: string]: number;
                        };
                        /** Format: float */
                        overall?: number;
                        /** @description 投票人标识（手机号或纸质选票编号），只保存加盐散列 */
                        voterKey: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_resident_scores_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_resident_scores_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_results: {
        parameters: {
            query?: {
                street?: string;
                sort?: "rank" | "name";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cycle: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "published";
                            indicators: {
                                key: string;
                                name: string;
                                /** Format: float */
                                weight: number;
                            }[];
                            sources: {
                                key: string;
                                name: string;
                                /** Format: float */
                                weight: number;
                            }[];
                            minimums: {
                                [key: string]: number;
                            };
                        };
                        rules: Record<string, never>;
                        rulesHash: string;
                        rulesFrozen: boolean;
                        frozen: boolean;
                        /** Format: date-time */
                        computedAt: string | null;
                        /** Format: date-time */
                        anomaliesComputedAt: string | null;
                        items: {
                            secretaryId: string;
                            displayName: string;
                            streetId: string | null;
                            /** Format: float */
                            final: number | null;
                            perSource: {
                                [key: string]: {
                                    count: number;
                                    indicators: {
                                        [key: string]: number;
                                    };
                                    /** Format: float */
                                    score: number;
                                    trimmed?: {
                                        /** Format: float */
                                        percent: number;
                                        droppedEachEnd: number;
                                        averaged: number;
                                    };
                                } | null;
                            };
                            perIndicator: {
                                [key: string]: number | null;
                            };
                            missingSources: string[];
                            renormalized: boolean;
                            rank: {
                                district: number | null;
                                street: number | null;
                            };
                            explanation: string;
                            evidence?: {
                                sufficient: boolean;
                                shortfalls: {
                                    source: string;
                                    name: string;
                                    count: number;
                                    minimum: number;
                                }[];
                                reason: string | null;
                            };
                            anomalies: {
                                /** @enum {string} */
                                kind: "burst" | "far_from_others" | "all_max" | "one_address" | "one_batch";
                                message: string;
                                evidence: Record<string, never>;
                                /** Format: date-time */
                                computedAt?: string;
                            }[];
                            /** Format: date-time */
                            anomaliesComputedAt: string | null;
                        }[];
                        followUp: {
                            secretaryId: string;
                            displayName: string;
                            /** Format: float */
                            final: number | null;
                            shortfalls: {
                                source: string;
                                name: string;
                                count: number;
                                minimum: number;
                            }[];
                            reason: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_results_export_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_awards: {
        parameters: {
            query?: {
                /** @description 全区前 N 名；不给出则按本周期冻结的名额（及各街镇名额） */
                top?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tieBreak: string;
                        eligibility: string;
                        rulesHash: string;
                        total: number;
                        quotas: Record<string, never>[] | null;
                        items: {
                            secretaryId: string;
                            displayName: string;
                            streetId: string | null;
                            /** Format: float */
                            final: number | null;
                            perSource: {
                                [key: string]: {
                                    count: number;
                                    indicators: {
                                        [key: string]: number;
                                    };
                                    /** Format: float */
                                    score: number;
                                    trimmed?: {
                                        /** Format: float */
                                        percent: number;
                                        droppedEachEnd: number;
                                        averaged: number;
                                    };
                                } | null;
                            };
                            perIndicator: {
                                [key: string]: number | null;
                            };
                            missingSources: string[];
                            renormalized: boolean;
                            rank: {
                                district: number | null;
                                street: number | null;
                            };
                            explanation: string;
                            evidence?: {
                                sufficient: boolean;
                                shortfalls: {
                                    source: string;
                                    name: string;
                                    count: number;
                                    minimum: number;
                                }[];
                                reason: string | null;
                            };
                            anomalies: {
                                /** @enum {string} */
                                kind: "burst" | "far_from_others" | "all_max" | "one_address" | "one_batch";
                                message: string;
                                evidence: Record<string, never>;
                                /** Format: date-time */
                                computedAt?: string;
                            }[];
                            /** Format: date-time */
                            anomaliesComputedAt: string | null;
                            place: number;
                        }[];
                        unfilled: {
                            group: string;
                            quota: number;
                            filled: number;
                        }[];
                        excluded: {
                            secretaryId: string;
                            displayName: string;
                            /** Format: float */
                            final: number | null;
                            shortfalls: {
                                source: string;
                                name: string;
                                count: number;
                                minimum: number;
                            }[];
                            reason: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me_evaluation: {
        parameters: {
            query?: {
                /** @description 评估周期 id，或年份（该年最近一次公布的周期）；默认最近一次公布 */
                cycle?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cycle: {
                            id: string;
                            name: string;
                            year: number;
                            /** Format: date-time */
                            publishedAt: string | null;
                            indicators: {
                                key: string;
                                name: string;
                                /** Format: float */
                                weight: number;
                            }[];
                            sources: {
                                key: string;
                                name: string;
                                /** Format: float */
                                weight: number;
                            }[];
                        };
                        result: {
                            secretaryId: string;
                            displayName: string;
                            streetId: string | null;
                            /** Format: float */
                            final: number | null;
                            perSource: {
                                [key: string]: {
                                    count: number;
                                    indicators: {
                                        [key: string]: number;
                                    };
                                    /** Format: float */
                                    score: number;
                                    trimmed?: {
                                        /** Format: float */
                                        percent: number;
                                        droppedEachEnd: number;
                                        averaged: number;
                                    };
                                } | null;
                            };
                            perIndicator: {
                                [key: string]: number | null;
                            };
                            missingSources: string[];
                            renormalized: boolean;
                            rank: {
                                district: number | null;
                                street: number | null;
                            };
                            explanation: string;
                            evidence?: {
                                sufficient: boolean;
                                shortfalls: {
                                    source: string;
                                    name: string;
                                    count: number;
                                    minimum: number;
                                }[];
                                reason: string | null;
                            };
                        };
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me_evaluations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cycle: {
                                id: string;
                                name: string;
                                year: number;
                                /** Format: date-time */
                                publishedAt: string | null;
                            };
                            result: {
                                /** Format: float */
                                final: number | null;
                                rank: {
                                    district: number | null;
                                    street: number | null;
                                };
                                missingSources: string[];
                                renormalized: boolean;
                                evidence: {
                                    sufficient: boolean;
                                    shortfalls: {
                                        source: string;
                                        name: string;
                                        count: number;
                                        minimum: number;
                                    }[];
                                    reason: string | null;
                                } | null;
                            };
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_api_v1_evaluation_cycles_id_award_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 最美书记名额总数，默认 53 */
                    total?: number;
                    /**
                     * @description district 全区统一排名（默认）/ street 按各街镇居村数分配名额（最大余数法）
                     * @enum {string}
                     */
                    quotaMode?: "district" | "street";
                    /** @description 公示期工作日数（周一至周五，公示次日起算），默认 5 */
                    noticeWorkingDays?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_award_quotas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_award_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_award_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 公示期内不计入工作日的法定节假日（YYYY-MM-DD，上海）；系统不内置节假日，调休上班的周末也不计入
                     * @default []
                     */
                    holidays?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_award_list_export_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_award_list_objections: {
        parameters: {
            query?: {
                status?: "open" | "upheld" | "rejected";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_award_list_objections_objectionId_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description upheld 异议成立（撤销该候选人，依次递补）/ rejected 异议不成立
                     * @enum {string}
                     */
                    decision: "upheld" | "rejected";
                    /** @description 调查核实情况 */
                    investigation: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_api_v1_evaluation_cycles_id_project_award_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 最受群众欢迎项目名额总数，默认 18 */
                    total?: number;
                    /**
                     * @description district 全区统一排名（默认）/ street 按各街镇居村数分配名额（最大余数法）
                     * @enum {string}
                     */
                    quotaMode?: "district" | "street";
                    /** @description 公示期工作日数（周一至周五，公示次日起算），默认 5 */
                    noticeWorkingDays?: number;
                    /** @description 参加评选的最低票数（线上与线下合计），默认 30 */
                    minVotes?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_project_award_quotas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_project_award_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_project_award_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 公示期内不计入工作日的法定节假日（YYYY-MM-DD，上海）；系统不内置节假日，调休上班的周末也不计入
                     * @default []
                     */
                    holidays?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_project_award_list_export_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_project_award_list_objections: {
        parameters: {
            query?: {
                status?: "open" | "upheld" | "rejected";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_project_award_list_objections_objectionId_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description upheld 异议成立（撤销该候选人，依次递补）/ rejected 异议不成立
                     * @enum {string}
                     */
                    decision: "upheld" | "rejected";
                    /** @description 调查核实情况 */
                    investigation: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_public_award_notices_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_public_award_notices_id_objections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    candidateId: string;
                    reason: string;
                    /** @description 可选，仅供调查核实，不公开 */
                    name?: string;
                    /** @description 可选（电话或邮箱），仅供调查核实，不公开 */
                    contact?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me_notifications: {
        parameters: {
            query?: {
                unread?: boolean;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            userId: string;
                            kind: string;
                            title: string;
                            body: string;
                            link: string | null;
                            /** Format: date-time */
                            readAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                        unread: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_me_notifications_read_all: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_me_notifications_id_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        userId: string;
                        kind: string;
                        title: string;
                        body: string;
                        link: string | null;
                        /** Format: date-time */
                        readAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me_notification_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        digestHour: number;
                        quietHours: string | null;
                        sms: {
                            available: boolean;
                            phone: string | null;
                        };
                        kinds: {
                            kind: string;
                            label: string;
                            /** @enum {string} */
                            mode: "console" | "immediate" | "digest";
                            isDefault: boolean;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_api_v1_me_notification_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 每日汇总的发送时刻（上海时间，0–23 点） */
                    digestHour?: number;
                    /** @description 每类提醒：console 仅站内 · immediate 立即短信 · digest 每日汇总短信 */
                    kinds?: {
                        /** @enum {string} */
                        inactive_mentee?: "console" | "immediate" | "digest";
                        /** @enum {string} */
                        inactive_mentor?: "console" | "immediate" | "digest";
                        /** @enum {string} */
                        whistle_overdue?: "console" | "immediate" | "digest";
                        /** @enum {string} */
                        points_claim_pending?: "console" | "immediate" | "digest";
                        /** @enum {string} */
                        points_claim_approved?: "console" | "immediate" | "digest";
                        /** @enum {string} */
                        points_claim_rejected?: "console" | "immediate" | "digest";
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        digestHour: number;
                        quietHours: string | null;
                        sms: {
                            available: boolean;
                            phone: string | null;
                        };
                        kinds: {
                            kind: string;
                            label: string;
                            /** @enum {string} */
                            mode: "console" | "immediate" | "digest";
                            isDefault: boolean;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_notification_channels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "wecom" | "dingtalk" | "feishu" | "webhook";
                            name: string;
                            /** @enum {string} */
                            source: "env" | "admin";
                            streetId: string | null;
                            kinds: string[];
                            enabled: boolean;
                            urlOrigin: string;
                            /** @enum {string} */
                            url: "已设置";
                            /** @enum {string} */
                            secret: "已设置" | "未设置";
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_api_v1_notification_channels_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description wecom 企业微信 · dingtalk 钉钉 · feishu 飞书 · webhook 签名 Webhook
                     * @enum {string}
                     */
                    kind?: "wecom" | "dingtalk" | "feishu" | "webhook";
                    name?: string;
                    /** @description Webhook 地址（只写，不会返回） */
                    url?: string;
                    /** @description 加签密钥（只写，不会返回；null 清除，不传保留） */
                    secret?: string | null;
                    /** @description 服务的街镇；null 为全区 */
                    streetId?: string | null;
                    /** @description 接收的提醒类型；空为全部 */
                    kinds?: ("inactive_mentee" | "inactive_mentor" | "whistle_overdue" | "points_claim_pending" | "points_claim_approved" | "points_claim_rejected")[];
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "wecom" | "dingtalk" | "feishu" | "webhook";
                        name: string;
                        /** @enum {string} */
                        source: "env" | "admin";
                        streetId: string | null;
                        kinds: string[];
                        enabled: boolean;
                        urlOrigin: string;
                        /** @enum {string} */
                        url: "已设置";
                        /** @enum {string} */
                        secret: "已设置" | "未设置";
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    delete_api_v1_notification_channels_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_notification_deliveries: {
        parameters: {
            query?: {
                status?: "pending" | "sent" | "dead";
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            channelId: string;
                            channelKind: string;
                            kind: string;
                            title: string;
                            /** @enum {string} */
                            status: "pending" | "sent" | "dead";
                            attempts: number;
                            maxAttempts: number;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            lastError: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            deadAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_notification_deliveries_id_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        channelId: string;
                        channelKind: string;
                        kind: string;
                        title: string;
                        /** @enum {string} */
                        status: "pending" | "sent" | "dead";
                        attempts: number;
                        maxAttempts: number;
                        /** Format: date-time */
                        nextAttemptAt: string;
                        lastError: string | null;
                        /** Format: date-time */
                        sentAt: string | null;
                        /** Format: date-time */
                        deadAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_jobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            title: string;
                            running: boolean;
                            schedules: {
                                agendaName: string;
                                cron: string;
                                words: string;
                                timezone: string;
                                /** Format: date-time */
                                nextRunAt: string | null;
                                /** Format: date-time */
                                lastRunAt: string | null;
                            }[];
                            /** Format: date-time */
                            lastStartedAt?: string | null;
                            /** Format: date-time */
                            lastFinishedAt?: string | null;
                            lastResult?: unknown;
                            lastError?: string | null;
                            failCount?: number;
                            /** Format: date-time */
                            lastSkippedAt?: string | null;
                            lastSkipReason?: string | null;
                            lastResultLines: {
                                label: string;
                                value: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_jobs_name_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: "points-rollup" | "monthly-assessment" | "whistle-watch" | "claims-sweep" | "claim-reminders" | "notification-delivery" | "notification-digest" | "evaluation-anomalies";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month?: string;
                    full?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        started: boolean;
                        data: Record<string, never>;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totals: {
                            streets: number;
                            communities: number;
                            activePairs: number;
                            projects: number;
                            overdueWhistles: number;
                        };
                        streets: {
                            streetId: string;
                            streetName: string;
                            communities: number;
                            activePairs: number;
                            projects: {
                                [key: string]: number;
                            };
                            overdueWhistles: number;
                        }[];
                        projectsByStatus: {
                            [key: string]: number;
                        };
                        projectsByCategory: {
                            key: string;
                            name: string;
                            count: number;
                        }[];
                        evaluation: {
                            cycleId: string;
                            name: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "published";
                            assigned: number;
                            scored: number;
                            /** Format: float */
                            percent: number | null;
                            residentScores: number;
                        } | null;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_public_projects: {
        parameters: {
            query?: {
                category?: string;
                street?: string;
                q?: string;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            goal: string;
                            categoryKey: string;
                            categoryName: string;
                            /** @enum {string} */
                            status: "active" | "done" | "paused" | "cancelled";
                            /** Format: float */
                            percent: number;
                            communityName: string | null;
                            streetName: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_public_evaluation: {
        parameters: {
            query?: {
                street?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cycle: {
                            id: string;
                            name: string;
                            year: number;
                            indicators: {
                                key: string;
                                name: string;
                            }[];
                            scale: {
                                /** Format: float */
                                min: number;
                                /** Format: float */
                                max: number;
                            };
                            /** @enum {string} */
                            residentVerification: "none" | "codes" | "sms" | "both";
                        } | null;
                        secretaries: {
                            id: string;
                            displayName: string;
                            communityName: string | null;
                            streetName: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_evaluation_cycles_id_voting_codes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_evaluation_cycles_id_voting_codes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    communityId: string;
                    /** @description 生成多少个投票码（1–2000） */
                    count: number;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_public_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 投票人手机号（大陆 11 位，可带 +86、空格或横线；同一号码的各种写法视为同一人），只保存加盐散列 */
                    phone: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sent: boolean;
                        expiresInSeconds: number;
                        resendAfterSeconds: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_public_verify_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 投票人手机号（大陆 11 位，可带 +86、空格或横线；同一号码的各种写法视为同一人），只保存加盐散列 */
                    phone: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        voterToken: string;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_public_my_votes: {
        parameters: {
            query: {
                /** @description 评估周期 id */
                cycle: string;
            };
            header?: {
                /** @description 手机验证后得到的凭证（POST /public/verify/confirm），2 小时有效 */
                "x-voter-token"?: string;
                /** @description 投票码（社区入户发放，10 位，大小写与横线不限） */
                "x-voting-code"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_cases: {
        parameters: {
            query?: {
                /** @description 项目类别 */
                category?: string;
                /** @description 街镇 */
                street?: string;
                /** @description 年份（项目完成的年份） */
                year?: number;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            projectId: string;
                            title: string;
                            categoryKey: string;
                            categoryName: string;
                            communityId: string;
                            communityName: string | null;
                            streetId: string | null;
                            streetName: string | null;
                            districtId?: string | null;
                            year: number;
                            summary: string;
                            whatWorked: string;
                            problemsMet: string;
                            photos: {
                                n: number;
                                contentType: string;
                                size: number;
                                url: string;
                            }[];
                            review: {
                                reviewerName: string;
                                reviewerTitle: string;
                                text: string;
                                /** Format: date-time */
                                reviewedAt: string;
                            } | null;
                            /** @enum {string} */
                            visibility: "public" | "staff";
                            /** Format: date-time */
                            markedAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_cases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 已完成的“开门第一件事”项目 */
                    projectId: string;
                    /** @description 案例概要 */
                    summary: string;
                    /** @description 经验做法（什么管用） */
                    whatWorked?: string;
                    /** @description 遇到的问题 */
                    problemsMet?: string;
                    /**
                     * @description public 公开（含公开页面）/ staff 仅内部（书记与区级）
                     * @default staff
                     * @enum {string}
                     */
                    visibility?: "public" | "staff";
                    /**
                     * @description 照片，每次最多 3 张（JPEG/PNG，base64，每张 ≤ 2 MB）
                     * @default []
                     */
                    photos?: {
                        /**
                         * @description image/jpeg 或 image/png（以文件头校验）
                         * @enum {string}
                         */
                        contentType: "image/jpeg" | "image/png";
                        /** @description 照片内容（base64，解码后 ≤ 2 MB） */
                        data: string;
                    }[];
                    review?: {
                        /** @description 点评专家姓名 */
                        reviewerName: string;
                        /** @description 专家身份，如“区委党校教授” */
                        reviewerTitle?: string;
                        /** @description 点评内容 */
                        text: string;
                        /**
                         * Format: date-time
                         * @description 点评日期（YYYY-MM-DD），默认今天
                         */
                        reviewedAt?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        title: string;
                        categoryKey: string;
                        categoryName: string;
                        communityId: string;
                        communityName: string | null;
                        streetId: string | null;
                        streetName: string | null;
                        districtId?: string | null;
                        year: number;
                        summary: string;
                        whatWorked: string;
                        problemsMet: string;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                        review: {
                            reviewerName: string;
                            reviewerTitle: string;
                            text: string;
                            /** Format: date-time */
                            reviewedAt: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "staff";
                        /** Format: date-time */
                        markedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_cases_best_year_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        items: {
                            _id: string;
                            projectId: string;
                            title: string;
                            categoryKey: string;
                            categoryName: string;
                            communityId: string;
                            communityName: string | null;
                            streetId: string | null;
                            streetName: string | null;
                            districtId?: string | null;
                            year: number;
                            summary: string;
                            whatWorked: string;
                            problemsMet: string;
                            photos: {
                                n: number;
                                contentType: string;
                                size: number;
                                url: string;
                            }[];
                            review: {
                                reviewerName: string;
                                reviewerTitle: string;
                                text: string;
                                /** Format: date-time */
                                reviewedAt: string;
                            } | null;
                            /** @enum {string} */
                            visibility: "public" | "staff";
                            /** Format: date-time */
                            markedAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            place: number;
                        }[];
                        /** Format: date-time */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_api_v1_cases_best_year_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 按展示顺序的案例（均须为当年的公开案例，最多 20 个） */
                    caseIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        items: {
                            _id: string;
                            projectId: string;
                            title: string;
                            categoryKey: string;
                            categoryName: string;
                            communityId: string;
                            communityName: string | null;
                            streetId: string | null;
                            streetName: string | null;
                            districtId?: string | null;
                            year: number;
                            summary: string;
                            whatWorked: string;
                            problemsMet: string;
                            photos: {
                                n: number;
                                contentType: string;
                                size: number;
                                url: string;
                            }[];
                            review: {
                                reviewerName: string;
                                reviewerTitle: string;
                                text: string;
                                /** Format: date-time */
                                reviewedAt: string;
                            } | null;
                            /** @enum {string} */
                            visibility: "public" | "staff";
                            /** Format: date-time */
                            markedAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            place: number;
                        }[];
                        /** Format: date-time */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_cases_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        title: string;
                        categoryKey: string;
                        categoryName: string;
                        communityId: string;
                        communityName: string | null;
                        streetId: string | null;
                        streetName: string | null;
                        districtId?: string | null;
                        year: number;
                        summary: string;
                        whatWorked: string;
                        problemsMet: string;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                        review: {
                            reviewerName: string;
                            reviewerTitle: string;
                            text: string;
                            /** Format: date-time */
                            reviewedAt: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "staff";
                        /** Format: date-time */
                        markedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    delete_api_v1_cases_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_api_v1_cases_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary?: string;
                    whatWorked?: string;
                    problemsMet?: string;
                    /**
                     * @description public 公开（含公开页面）/ staff 仅内部（书记与区级）
                     * @enum {string}
                     */
                    visibility?: "public" | "staff";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        title: string;
                        categoryKey: string;
                        categoryName: string;
                        communityId: string;
                        communityName: string | null;
                        streetId: string | null;
                        streetName: string | null;
                        districtId?: string | null;
                        year: number;
                        summary: string;
                        whatWorked: string;
                        problemsMet: string;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                        review: {
                            reviewerName: string;
                            reviewerTitle: string;
                            text: string;
                            /** Format: date-time */
                            reviewedAt: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "staff";
                        /** Format: date-time */
                        markedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_api_v1_cases_id_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 点评专家姓名 */
                    reviewerName: string;
                    /** @description 专家身份，如“区委党校教授” */
                    reviewerTitle?: string;
                    /** @description 点评内容 */
                    text: string;
                    /**
                     * Format: date-time
                     * @description 点评日期（YYYY-MM-DD），默认今天
                     */
                    reviewedAt?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        title: string;
                        categoryKey: string;
                        categoryName: string;
                        communityId: string;
                        communityName: string | null;
                        streetId: string | null;
                        streetName: string | null;
                        districtId?: string | null;
                        year: number;
                        summary: string;
                        whatWorked: string;
                        problemsMet: string;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                        review: {
                            reviewerName: string;
                            reviewerTitle: string;
                            text: string;
                            /** Format: date-time */
                            reviewedAt: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "staff";
                        /** Format: date-time */
                        markedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_cases_id_photos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    photos: {
                        /**
                         * @description image/jpeg 或 image/png（以文件头校验）
                         * @enum {string}
                         */
                        contentType: "image/jpeg" | "image/png";
                        /** @description 照片内容（base64，解码后 ≤ 2 MB） */
                        data: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        title: string;
                        categoryKey: string;
                        categoryName: string;
                        communityId: string;
                        communityName: string | null;
                        streetId: string | null;
                        streetName: string | null;
                        districtId?: string | null;
                        year: number;
                        summary: string;
                        whatWorked: string;
                        problemsMet: string;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                        review: {
                            reviewerName: string;
                            reviewerTitle: string;
                            text: string;
                            /** Format: date-time */
                            reviewedAt: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "staff";
                        /** Format: date-time */
                        markedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_cases_id_photos_n_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    delete_api_v1_cases_id_photos_n_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        title: string;
                        categoryKey: string;
                        categoryName: string;
                        communityId: string;
                        communityName: string | null;
                        streetId: string | null;
                        streetName: string | null;
                        districtId?: string | null;
                        year: number;
                        summary: string;
                        whatWorked: string;
                        problemsMet: string;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                        review: {
                            reviewerName: string;
                            reviewerTitle: string;
                            text: string;
                            /** Format: date-time */
                            reviewedAt: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "staff";
                        /** Format: date-time */
                        markedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_public_cases: {
        parameters: {
            query?: {
                /** @description 项目类别 */
                category?: string;
                /** @description 街镇 */
                street?: string;
                /** @description 年份（项目完成的年份） */
                year?: number;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            projectId: string;
                            title: string;
                            categoryKey: string;
                            categoryName: string;
                            communityId: string;
                            communityName: string | null;
                            streetId: string | null;
                            streetName: string | null;
                            districtId?: string | null;
                            year: number;
                            summary: string;
                            whatWorked: string;
                            problemsMet: string;
                            photos: {
                                n: number;
                                contentType: string;
                                size: number;
                                url: string;
                            }[];
                            review: {
                                reviewerName: string;
                                reviewerTitle: string;
                                text: string;
                                /** Format: date-time */
                                reviewedAt: string;
                            } | null;
                            /** @enum {string} */
                            visibility: "public" | "staff";
                            /** Format: date-time */
                            markedAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_public_cases_best_year_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        items: {
                            _id: string;
                            projectId: string;
                            title: string;
                            categoryKey: string;
                            categoryName: string;
                            communityId: string;
                            communityName: string | null;
                            streetId: string | null;
                            streetName: string | null;
                            districtId?: string | null;
                            year: number;
                            summary: string;
                            whatWorked: string;
                            problemsMet: string;
                            photos: {
                                n: number;
                                contentType: string;
                                size: number;
                                url: string;
                            }[];
                            review: {
                                reviewerName: string;
                                reviewerTitle: string;
                                text: string;
                                /** Format: date-time */
                                reviewedAt: string;
                            } | null;
                            /** @enum {string} */
                            visibility: "public" | "staff";
                            /** Format: date-time */
                            markedAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            place: number;
                        }[];
                        /** Format: date-time */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_public_cases_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        projectId: string;
                        title: string;
                        categoryKey: string;
                        categoryName: string;
                        communityId: string;
                        communityName: string | null;
                        streetId: string | null;
                        streetName: string | null;
                        districtId?: string | null;
                        year: number;
                        summary: string;
                        whatWorked: string;
                        problemsMet: string;
                        photos: {
                            n: number;
                            contentType: string;
                            size: number;
                            url: string;
                        }[];
                        review: {
                            reviewerName: string;
                            reviewerTitle: string;
                            text: string;
                            /** Format: date-time */
                            reviewedAt: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "staff";
                        /** Format: date-time */
                        markedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_public_cases_id_photos_n_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_training_sessions: {
        parameters: {
            query?: {
                level?: "district" | "street-studio" | "study-group";
                /** @description 该街镇举办的培训 */
                street?: string;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
                /** @description 日历起始日（YYYY-MM-DD，上海时间） */
                from?: string;
                /** @description 日历结束日（含当日） */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            _id: string;
                            /** @enum {string} */
                            level: "district" | "street-studio" | "study-group";
                            levelName: string;
                            topic: string;
                            trainer: {
                                /** @enum {string} */
                                kind: "mentor" | "expert";
                                userId: string | null;
                                name: string;
                                title: string | null;
                            };
                            place: string;
                            /** Format: date-time */
                            startAt: string;
                            /** Format: date-time */
                            endAt: string;
                            /** @enum {string} */
                            scopeLevel: "district" | "street";
                            scopeId: string;
                            streetId: string | null;
                            districtId: string | null;
                            createdById: string;
                            /** Format: date-time */
                            recordedAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            signInWindow: {
                                /** Format: date-time */
                                opensAt: string;
                                /** Format: date-time */
                                closesAt: string;
                            };
                            inviteeIds: string[];
                            canManage: boolean;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_training_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description district 区级联训 · street-studio 街镇工作室 · study-group 分组联学
                     * @enum {string}
                     */
                    level: "district" | "street-studio" | "study-group";
                    /** @description 举办范围：区级联训为区，街镇工作室为街镇，分组联学为区或街镇；街镇工作人员与大梁默认本街镇 */
                    scopeId?: string;
                    /** @description 培训主题 */
                    topic: string;
                    /** @description 授课人：大梁 {kind: "mentor", userId} 或外请专家 {kind: "expert", name, title} */
                    trainer: {
                        /** @enum {string} */
                        kind: "mentor";
                        /** @description 授课大梁 */
                        userId: string;
                    } | {
                        /** @enum {string} */
                        kind: "expert";
                        /** @description 外请专家姓名 */
                        name: string;
                        /** @description 职务或单位 */
                        title?: string | null;
                    };
                    /** @description 地点 */
                    place: string;
                    /**
                     * Format: date-time
                     * @description 开始时间（ISO 时刻，如 2026-11-20T14:00:00+08:00）
                     */
                    startAt: string;
                    /**
                     * Format: date-time
                     * @description 结束时间（晚于开始，最长 24 小时）
                     */
                    endAt: string;
                    /**
                     * @description 受邀小梁（最多 500 人）
                     * @default []
                     */
                    inviteeIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        /** @enum {string} */
                        level: "district" | "street-studio" | "study-group";
                        levelName: string;
                        topic: string;
                        trainer: {
                            /** @enum {string} */
                            kind: "mentor" | "expert";
                            userId: string | null;
                            name: string;
                            title: string | null;
                        };
                        place: string;
                        /** Format: date-time */
                        startAt: string;
                        /** Format: date-time */
                        endAt: string;
                        /** @enum {string} */
                        scopeLevel: "district" | "street";
                        scopeId: string;
                        streetId: string | null;
                        districtId: string | null;
                        createdById: string;
                        /** Format: date-time */
                        recordedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        signInWindow: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        };
                        inviteeIds: string[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_training_sessions_candidates: {
        parameters: {
            query: {
                /** @description 举办范围（区或街镇） */
                scope: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scopeId: string;
                        mentees: {
                            id: string;
                            displayName: string;
                            stage: string | null;
                            communityName: string | null;
                        }[];
                        mentors: {
                            id: string;
                            displayName: string;
                            stage: string | null;
                            communityName: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_training_sessions_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        /** @enum {string} */
                        level: "district" | "street-studio" | "study-group";
                        levelName: string;
                        topic: string;
                        trainer: {
                            /** @enum {string} */
                            kind: "mentor" | "expert";
                            userId: string | null;
                            name: string;
                            title: string | null;
                        };
                        place: string;
                        /** Format: date-time */
                        startAt: string;
                        /** Format: date-time */
                        endAt: string;
                        /** @enum {string} */
                        scopeLevel: "district" | "street";
                        scopeId: string;
                        streetId: string | null;
                        districtId: string | null;
                        createdById: string;
                        /** Format: date-time */
                        recordedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        signInWindow: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        };
                        inviteeIds: string[];
                        invitees: {
                            id: string;
                            displayName: string;
                        }[];
                        attendeeCount: number;
                        canManage: boolean;
                        myAttendance?: {
                            _id: string;
                            sessionId: string;
                            menteeId: string;
                            displayName: string;
                            /** @enum {string} */
                            via: "code" | "manual";
                            /** Format: date-time */
                            at: string;
                            byId: string;
                        } | null;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_api_v1_training_sessions_id_: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 培训主题 */
                    topic?: string;
                    /** @description 授课人：大梁 {kind: "mentor", userId} 或外请专家 {kind: "expert", name, title} */
                    trainer?: {
                        /** @enum {string} */
                        kind: "mentor";
                        /** @description 授课大梁 */
                        userId: string;
                    } | {
                        /** @enum {string} */
                        kind: "expert";
                        /** @description 外请专家姓名 */
                        name: string;
                        /** @description 职务或单位 */
                        title?: string | null;
                    };
                    /** @description 地点 */
                    place?: string;
                    /**
                     * Format: date-time
                     * @description 开始时间（ISO 时刻，如 2026-11-20T14:00:00+08:00）
                     */
                    startAt?: string;
                    /**
                     * Format: date-time
                     * @description 结束时间（晚于开始，最长 24 小时）
                     */
                    endAt?: string;
                    /** @description 受邀小梁（最多 500 人） */
                    inviteeIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        /** @enum {string} */
                        level: "district" | "street-studio" | "study-group";
                        levelName: string;
                        topic: string;
                        trainer: {
                            /** @enum {string} */
                            kind: "mentor" | "expert";
                            userId: string | null;
                            name: string;
                            title: string | null;
                        };
                        place: string;
                        /** Format: date-time */
                        startAt: string;
                        /** Format: date-time */
                        endAt: string;
                        /** @enum {string} */
                        scopeLevel: "district" | "street";
                        scopeId: string;
                        streetId: string | null;
                        districtId: string | null;
                        createdById: string;
                        /** Format: date-time */
                        recordedAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        signInWindow: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        };
                        inviteeIds: string[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_training_sessions_id_sign_in_code: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionId: string;
                        code: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        acceptedUntil: string;
                        refreshInSeconds: number;
                        signInPath: string;
                        signInUrl: string;
                        signInWindow: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        };
                        signInOpen: boolean;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_training_sessions_id_sign_in: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        sessionId: string;
                        menteeId: string;
                        displayName: string;
                        /** @enum {string} */
                        via: "code" | "manual";
                        /** Format: date-time */
                        at: string;
                        byId: string;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_training_sessions_id_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionId: string;
                        summary: {
                            invited: number;
                            attended: number;
                        };
                        items: {
                            menteeId: string;
                            displayName: string;
                            attended: boolean;
                            /** @enum {string|null} */
                            via: "code" | "manual" | null;
                            /** Format: date-time */
                            at: string | null;
                            byName: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_api_v1_training_sessions_id_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 要补登出席的受邀小梁（最多 200 人） */
                    menteeIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionId: string;
                        summary: {
                            added: number;
                            already: number;
                            refused: number;
                        };
                        items: {
                            menteeId: string;
                            displayName: string | null;
                            /** @enum {string} */
                            status: "added" | "already" | "refused";
                            code?: string;
                            message?: string;
                            attendance?: {
                                _id: string;
                                sessionId: string;
                                menteeId: string;
                                displayName: string;
                                /** @enum {string} */
                                via: "code" | "manual";
                                /** Format: date-time */
                                at: string;
                                byId: string;
                            };
                        }[];
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_me_training: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secretary: {
                            id: string;
                            displayName: string;
                            stage: string | null;
                        };
                        summary: {
                            invited: number;
                            attended: number;
                            missed: number;
                            upcoming: number;
                        };
                        items: {
                            _id: string;
                            /** @enum {string} */
                            level: "district" | "street-studio" | "study-group";
                            levelName: string;
                            topic: string;
                            trainer: {
                                /** @enum {string} */
                                kind: "mentor" | "expert";
                                userId: string | null;
                                name: string;
                                title: string | null;
                            };
                            place: string;
                            /** Format: date-time */
                            startAt: string;
                            /** Format: date-time */
                            endAt: string;
                            /** @enum {string} */
                            scopeLevel: "district" | "street";
                            scopeId: string;
                            streetId: string | null;
                            districtId: string | null;
                            createdById: string;
                            /** Format: date-time */
                            recordedAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            signInWindow: {
                                /** Format: date-time */
                                opensAt: string;
                                /** Format: date-time */
                                closesAt: string;
                            };
                            invitedCount: number;
                            /** @enum {string} */
                            status: "attended" | "missed" | "upcoming" | "ongoing";
                            attendance: {
                                /** @enum {string} */
                                via: "code" | "manual";
                                /** Format: date-time */
                                at: string;
                            } | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_api_v1_secretaries_id_training: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数 (≤ 200) */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secretary: {
                            id: string;
                            displayName: string;
                            stage: string | null;
                        };
                        summary: {
                            invited: number;
                            attended: number;
                            missed: number;
                            upcoming: number;
                        };
                        items: {
                            _id: string;
                            /** @enum {string} */
                            level: "district" | "street-studio" | "study-group";
                            levelName: string;
                            topic: string;
                            trainer: {
                                /** @enum {string} */
                                kind: "mentor" | "expert";
                                userId: string | null;
                                name: string;
                                title: string | null;
                            };
                            place: string;
                            /** Format: date-time */
                            startAt: string;
                            /** Format: date-time */
                            endAt: string;
                            /** @enum {string} */
                            scopeLevel: "district" | "street";
                            scopeId: string;
                            streetId: string | null;
                            districtId: string | null;
                            createdById: string;
                            /** Format: date-time */
                            recordedAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            signInWindow: {
                                /** Format: date-time */
                                opensAt: string;
                                /** Format: date-time */
                                closesAt: string;
                            };
                            invitedCount: number;
                            /** @enum {string} */
                            status: "attended" | "missed" | "upcoming" | "ongoing";
                            attendance: {
                                /** @enum {string} */
                                via: "code" | "manual";
                                /** Format: date-time */
                                at: string;
                            } | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 错误 */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
