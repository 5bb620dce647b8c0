/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation DashboardLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.DashboardLoginDocument,
    "\n  subscription DashboardConversations {\n    analytics_conversations {\n      messages_last_hour\n      messages_last_day\n      median_first_reply_seconds\n      kitchen_replies_last_day\n    }\n  }\n": typeof types.DashboardConversationsDocument,
    "\n  subscription DashboardArrivalEstimates {\n    analytics_arrival_estimates {\n      period_start\n      period_end\n      delivered_orders\n      error_p50_seconds\n      error_p90_seconds\n      lateness_p50_seconds\n    }\n  }\n": typeof types.DashboardArrivalEstimatesDocument,
    "\n  subscription DashboardDeadEvents {\n    analytics_dead_events(order_by: { created_at: desc }, limit: 50) {\n      event_id\n      trigger_name\n      table_name\n      order_id\n      created_at\n      tries\n      last_error\n      last_error_status\n      last_attempt_at\n    }\n  }\n": typeof types.DashboardDeadEventsDocument,
    "\n  fragment TriggerHealthFields on analytics_event_delivery_health {\n    trigger_name\n    pending\n    retrying\n    failed\n    oldest_pending_at\n    last_error\n    last_error_status\n    last_error_at\n  }\n": typeof types.TriggerHealthFieldsFragmentDoc,
    "\n  subscription DashboardEventHealth {\n    analytics_event_delivery_health(order_by: { trigger_name: asc }) {\n      ...TriggerHealthFields\n    }\n  }\n": typeof types.DashboardEventHealthDocument,
    "\n  fragment FeedEntryFields on order_status_history {\n    id\n    order_id\n    from_status\n    to_status\n    changed_at\n    order {\n      id\n      total_cents\n      item_count\n      restaurant {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FeedEntryFieldsFragmentDoc,
    "\n  query DashboardFeedSeed($limit: Int!) {\n    order_status_history(order_by: { id: desc }, limit: $limit) {\n      ...FeedEntryFields\n    }\n  }\n": typeof types.DashboardFeedSeedDocument,
    "\n  subscription DashboardFeedStream($after: bigint!, $batchSize: Int!) {\n    order_status_history_stream(batch_size: $batchSize, cursor: { initial_value: { id: $after }, ordering: ASC }) {\n      ...FeedEntryFields\n    }\n  }\n": typeof types.DashboardFeedStreamDocument,
    "\n  fragment FunnelStageFields on analytics_funnel {\n    position\n    stage\n    reached\n    waiting\n    dropped\n    conversion_from_previous\n    conversion_from_placed\n  }\n": typeof types.FunnelStageFieldsFragmentDoc,
    "\n  fragment FunnelBranchFields on analytics_funnel_branches {\n    position\n    from_stage\n    outcome\n    orders\n  }\n": typeof types.FunnelBranchFieldsFragmentDoc,
    "\n  subscription DashboardFunnel {\n    analytics_funnel(order_by: { position: asc }) {\n      ...FunnelStageFields\n    }\n  }\n": typeof types.DashboardFunnelDocument,
    "\n  subscription DashboardFunnelBranches {\n    analytics_funnel_branches(order_by: { position: asc }) {\n      ...FunnelBranchFields\n    }\n  }\n": typeof types.DashboardFunnelBranchesDocument,
    "\n  fragment KpiFields on analytics_kpis {\n    orders_today\n    in_flight\n    delivered_today\n    failed_today\n    payment_failures_today\n    paid_orders_today\n    revenue_today_cents\n    average_basket_cents\n  }\n": typeof types.KpiFieldsFragmentDoc,
    "\n  subscription DashboardKpis {\n    analytics_kpis {\n      ...KpiFields\n    }\n  }\n": typeof types.DashboardKpisDocument,
    "\n  fragment StageLatencyFields on analytics_stage_latency {\n    position\n    stage\n    samples\n    p50_seconds\n    p95_seconds\n    avg_seconds\n  }\n": typeof types.StageLatencyFieldsFragmentDoc,
    "\n  subscription DashboardStageLatency {\n    analytics_stage_latency(order_by: { position: asc }) {\n      ...StageLatencyFields\n    }\n  }\n": typeof types.DashboardStageLatencyDocument,
    "\n  subscription DashboardTipsAndPromos {\n    analytics_tips_and_promos {\n      period_start\n      period_end\n      paid_orders\n      tipped_orders\n      average_tip_cents\n      average_tip_when_tipped_cents\n      promo_orders\n      promo_discount_cents\n      tipped_after_delivery_orders\n    }\n  }\n": typeof types.DashboardTipsAndPromosDocument,
    "\n  fragment RatedRestaurantFields on restaurant_ratings {\n    restaurant_id\n    average_stars\n    ratings_count\n    restaurant {\n      name\n    }\n  }\n": typeof types.RatedRestaurantFieldsFragmentDoc,
    "\n  subscription DashboardRatings($limit: Int!) {\n    restaurant_ratings(order_by: [{ average_stars: desc_nulls_last }, { ratings_count: desc }, { restaurant_id: asc }], limit: $limit) {\n      ...RatedRestaurantFields\n    }\n  }\n": typeof types.DashboardRatingsDocument,
    "\n  fragment RestaurantFiguresFields on analytics_restaurants {\n    restaurant_id\n    name\n    is_open\n    auto_approve\n    orders_today\n    in_flight\n    revenue_today_cents\n    approved_today\n    rejected_today\n    rejection_rate\n    avg_approval_seconds\n  }\n": typeof types.RestaurantFiguresFieldsFragmentDoc,
    "\n  subscription DashboardRestaurants($limit: Int!) {\n    analytics_restaurants(order_by: [{ orders_today: desc }, { revenue_today_cents: desc }, { restaurant_id: asc }], limit: $limit) {\n      ...RestaurantFiguresFields\n    }\n  }\n": typeof types.DashboardRestaurantsDocument,
    "\n  fragment ThroughputBucketFields on analytics_throughput {\n    bucket_start\n    placed\n    delivered\n    failed\n  }\n": typeof types.ThroughputBucketFieldsFragmentDoc,
    "\n  subscription DashboardThroughput {\n    analytics_throughput(order_by: { bucket_start: asc }) {\n      ...ThroughputBucketFields\n    }\n  }\n": typeof types.DashboardThroughputDocument,
};
const documents: Documents = {
    "\n  mutation DashboardLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": types.DashboardLoginDocument,
    "\n  subscription DashboardConversations {\n    analytics_conversations {\n      messages_last_hour\n      messages_last_day\n      median_first_reply_seconds\n      kitchen_replies_last_day\n    }\n  }\n": types.DashboardConversationsDocument,
    "\n  subscription DashboardArrivalEstimates {\n    analytics_arrival_estimates {\n      period_start\n      period_end\n      delivered_orders\n      error_p50_seconds\n      error_p90_seconds\n      lateness_p50_seconds\n    }\n  }\n": types.DashboardArrivalEstimatesDocument,
    "\n  subscription DashboardDeadEvents {\n    analytics_dead_events(order_by: { created_at: desc }, limit: 50) {\n      event_id\n      trigger_name\n      table_name\n      order_id\n      created_at\n      tries\n      last_error\n      last_error_status\n      last_attempt_at\n    }\n  }\n": types.DashboardDeadEventsDocument,
    "\n  fragment TriggerHealthFields on analytics_event_delivery_health {\n    trigger_name\n    pending\n    retrying\n    failed\n    oldest_pending_at\n    last_error\n    last_error_status\n    last_error_at\n  }\n": types.TriggerHealthFieldsFragmentDoc,
    "\n  subscription DashboardEventHealth {\n    analytics_event_delivery_health(order_by: { trigger_name: asc }) {\n      ...TriggerHealthFields\n    }\n  }\n": types.DashboardEventHealthDocument,
    "\n  fragment FeedEntryFields on order_status_history {\n    id\n    order_id\n    from_status\n    to_status\n    changed_at\n    order {\n      id\n      total_cents\n      item_count\n      restaurant {\n        id\n        name\n      }\n    }\n  }\n": types.FeedEntryFieldsFragmentDoc,
    "\n  query DashboardFeedSeed($limit: Int!) {\n    order_status_history(order_by: { id: desc }, limit: $limit) {\n      ...FeedEntryFields\n    }\n  }\n": types.DashboardFeedSeedDocument,
    "\n  subscription DashboardFeedStream($after: bigint!, $batchSize: Int!) {\n    order_status_history_stream(batch_size: $batchSize, cursor: { initial_value: { id: $after }, ordering: ASC }) {\n      ...FeedEntryFields\n    }\n  }\n": types.DashboardFeedStreamDocument,
    "\n  fragment FunnelStageFields on analytics_funnel {\n    position\n    stage\n    reached\n    waiting\n    dropped\n    conversion_from_previous\n    conversion_from_placed\n  }\n": types.FunnelStageFieldsFragmentDoc,
    "\n  fragment FunnelBranchFields on analytics_funnel_branches {\n    position\n    from_stage\n    outcome\n    orders\n  }\n": types.FunnelBranchFieldsFragmentDoc,
    "\n  subscription DashboardFunnel {\n    analytics_funnel(order_by: { position: asc }) {\n      ...FunnelStageFields\n    }\n  }\n": types.DashboardFunnelDocument,
    "\n  subscription DashboardFunnelBranches {\n    analytics_funnel_branches(order_by: { position: asc }) {\n      ...FunnelBranchFields\n    }\n  }\n": types.DashboardFunnelBranchesDocument,
    "\n  fragment KpiFields on analytics_kpis {\n    orders_today\n    in_flight\n    delivered_today\n    failed_today\n    payment_failures_today\n    paid_orders_today\n    revenue_today_cents\n    average_basket_cents\n  }\n": types.KpiFieldsFragmentDoc,
    "\n  subscription DashboardKpis {\n    analytics_kpis {\n      ...KpiFields\n    }\n  }\n": types.DashboardKpisDocument,
    "\n  fragment StageLatencyFields on analytics_stage_latency {\n    position\n    stage\n    samples\n    p50_seconds\n    p95_seconds\n    avg_seconds\n  }\n": types.StageLatencyFieldsFragmentDoc,
    "\n  subscription DashboardStageLatency {\n    analytics_stage_latency(order_by: { position: asc }) {\n      ...StageLatencyFields\n    }\n  }\n": types.DashboardStageLatencyDocument,
    "\n  subscription DashboardTipsAndPromos {\n    analytics_tips_and_promos {\n      period_start\n      period_end\n      paid_orders\n      tipped_orders\n      average_tip_cents\n      average_tip_when_tipped_cents\n      promo_orders\n      promo_discount_cents\n      tipped_after_delivery_orders\n    }\n  }\n": types.DashboardTipsAndPromosDocument,
    "\n  fragment RatedRestaurantFields on restaurant_ratings {\n    restaurant_id\n    average_stars\n    ratings_count\n    restaurant {\n      name\n    }\n  }\n": types.RatedRestaurantFieldsFragmentDoc,
    "\n  subscription DashboardRatings($limit: Int!) {\n    restaurant_ratings(order_by: [{ average_stars: desc_nulls_last }, { ratings_count: desc }, { restaurant_id: asc }], limit: $limit) {\n      ...RatedRestaurantFields\n    }\n  }\n": types.DashboardRatingsDocument,
    "\n  fragment RestaurantFiguresFields on analytics_restaurants {\n    restaurant_id\n    name\n    is_open\n    auto_approve\n    orders_today\n    in_flight\n    revenue_today_cents\n    approved_today\n    rejected_today\n    rejection_rate\n    avg_approval_seconds\n  }\n": types.RestaurantFiguresFieldsFragmentDoc,
    "\n  subscription DashboardRestaurants($limit: Int!) {\n    analytics_restaurants(order_by: [{ orders_today: desc }, { revenue_today_cents: desc }, { restaurant_id: asc }], limit: $limit) {\n      ...RestaurantFiguresFields\n    }\n  }\n": types.DashboardRestaurantsDocument,
    "\n  fragment ThroughputBucketFields on analytics_throughput {\n    bucket_start\n    placed\n    delivered\n    failed\n  }\n": types.ThroughputBucketFieldsFragmentDoc,
    "\n  subscription DashboardThroughput {\n    analytics_throughput(order_by: { bucket_start: asc }) {\n      ...ThroughputBucketFields\n    }\n  }\n": types.DashboardThroughputDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardConversations {\n    analytics_conversations {\n      messages_last_hour\n      messages_last_day\n      median_first_reply_seconds\n      kitchen_replies_last_day\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardConversations {\n    analytics_conversations {\n      messages_last_hour\n      messages_last_day\n      median_first_reply_seconds\n      kitchen_replies_last_day\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardArrivalEstimates {\n    analytics_arrival_estimates {\n      period_start\n      period_end\n      delivered_orders\n      error_p50_seconds\n      error_p90_seconds\n      lateness_p50_seconds\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardArrivalEstimates {\n    analytics_arrival_estimates {\n      period_start\n      period_end\n      delivered_orders\n      error_p50_seconds\n      error_p90_seconds\n      lateness_p50_seconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardDeadEvents {\n    analytics_dead_events(order_by: { created_at: desc }, limit: 50) {\n      event_id\n      trigger_name\n      table_name\n      order_id\n      created_at\n      tries\n      last_error\n      last_error_status\n      last_attempt_at\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardDeadEvents {\n    analytics_dead_events(order_by: { created_at: desc }, limit: 50) {\n      event_id\n      trigger_name\n      table_name\n      order_id\n      created_at\n      tries\n      last_error\n      last_error_status\n      last_attempt_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TriggerHealthFields on analytics_event_delivery_health {\n    trigger_name\n    pending\n    retrying\n    failed\n    oldest_pending_at\n    last_error\n    last_error_status\n    last_error_at\n  }\n"): (typeof documents)["\n  fragment TriggerHealthFields on analytics_event_delivery_health {\n    trigger_name\n    pending\n    retrying\n    failed\n    oldest_pending_at\n    last_error\n    last_error_status\n    last_error_at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardEventHealth {\n    analytics_event_delivery_health(order_by: { trigger_name: asc }) {\n      ...TriggerHealthFields\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardEventHealth {\n    analytics_event_delivery_health(order_by: { trigger_name: asc }) {\n      ...TriggerHealthFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedEntryFields on order_status_history {\n    id\n    order_id\n    from_status\n    to_status\n    changed_at\n    order {\n      id\n      total_cents\n      item_count\n      restaurant {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeedEntryFields on order_status_history {\n    id\n    order_id\n    from_status\n    to_status\n    changed_at\n    order {\n      id\n      total_cents\n      item_count\n      restaurant {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFeedSeed($limit: Int!) {\n    order_status_history(order_by: { id: desc }, limit: $limit) {\n      ...FeedEntryFields\n    }\n  }\n"): (typeof documents)["\n  query DashboardFeedSeed($limit: Int!) {\n    order_status_history(order_by: { id: desc }, limit: $limit) {\n      ...FeedEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardFeedStream($after: bigint!, $batchSize: Int!) {\n    order_status_history_stream(batch_size: $batchSize, cursor: { initial_value: { id: $after }, ordering: ASC }) {\n      ...FeedEntryFields\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardFeedStream($after: bigint!, $batchSize: Int!) {\n    order_status_history_stream(batch_size: $batchSize, cursor: { initial_value: { id: $after }, ordering: ASC }) {\n      ...FeedEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FunnelStageFields on analytics_funnel {\n    position\n    stage\n    reached\n    waiting\n    dropped\n    conversion_from_previous\n    conversion_from_placed\n  }\n"): (typeof documents)["\n  fragment FunnelStageFields on analytics_funnel {\n    position\n    stage\n    reached\n    waiting\n    dropped\n    conversion_from_previous\n    conversion_from_placed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FunnelBranchFields on analytics_funnel_branches {\n    position\n    from_stage\n    outcome\n    orders\n  }\n"): (typeof documents)["\n  fragment FunnelBranchFields on analytics_funnel_branches {\n    position\n    from_stage\n    outcome\n    orders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardFunnel {\n    analytics_funnel(order_by: { position: asc }) {\n      ...FunnelStageFields\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardFunnel {\n    analytics_funnel(order_by: { position: asc }) {\n      ...FunnelStageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardFunnelBranches {\n    analytics_funnel_branches(order_by: { position: asc }) {\n      ...FunnelBranchFields\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardFunnelBranches {\n    analytics_funnel_branches(order_by: { position: asc }) {\n      ...FunnelBranchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFields on analytics_kpis {\n    orders_today\n    in_flight\n    delivered_today\n    failed_today\n    payment_failures_today\n    paid_orders_today\n    revenue_today_cents\n    average_basket_cents\n  }\n"): (typeof documents)["\n  fragment KpiFields on analytics_kpis {\n    orders_today\n    in_flight\n    delivered_today\n    failed_today\n    payment_failures_today\n    paid_orders_today\n    revenue_today_cents\n    average_basket_cents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardKpis {\n    analytics_kpis {\n      ...KpiFields\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardKpis {\n    analytics_kpis {\n      ...KpiFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StageLatencyFields on analytics_stage_latency {\n    position\n    stage\n    samples\n    p50_seconds\n    p95_seconds\n    avg_seconds\n  }\n"): (typeof documents)["\n  fragment StageLatencyFields on analytics_stage_latency {\n    position\n    stage\n    samples\n    p50_seconds\n    p95_seconds\n    avg_seconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardStageLatency {\n    analytics_stage_latency(order_by: { position: asc }) {\n      ...StageLatencyFields\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardStageLatency {\n    analytics_stage_latency(order_by: { position: asc }) {\n      ...StageLatencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardTipsAndPromos {\n    analytics_tips_and_promos {\n      period_start\n      period_end\n      paid_orders\n      tipped_orders\n      average_tip_cents\n      average_tip_when_tipped_cents\n      promo_orders\n      promo_discount_cents\n      tipped_after_delivery_orders\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardTipsAndPromos {\n    analytics_tips_and_promos {\n      period_start\n      period_end\n      paid_orders\n      tipped_orders\n      average_tip_cents\n      average_tip_when_tipped_cents\n      promo_orders\n      promo_discount_cents\n      tipped_after_delivery_orders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatedRestaurantFields on restaurant_ratings {\n    restaurant_id\n    average_stars\n    ratings_count\n    restaurant {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RatedRestaurantFields on restaurant_ratings {\n    restaurant_id\n    average_stars\n    ratings_count\n    restaurant {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardRatings($limit: Int!) {\n    restaurant_ratings(order_by: [{ average_stars: desc_nulls_last }, { ratings_count: desc }, { restaurant_id: asc }], limit: $limit) {\n      ...RatedRestaurantFields\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardRatings($limit: Int!) {\n    restaurant_ratings(order_by: [{ average_stars: desc_nulls_last }, { ratings_count: desc }, { restaurant_id: asc }], limit: $limit) {\n      ...RatedRestaurantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestaurantFiguresFields on analytics_restaurants {\n    restaurant_id\n    name\n    is_open\n    auto_approve\n    orders_today\n    in_flight\n    revenue_today_cents\n    approved_today\n    rejected_today\n    rejection_rate\n    avg_approval_seconds\n  }\n"): (typeof documents)["\n  fragment RestaurantFiguresFields on analytics_restaurants {\n    restaurant_id\n    name\n    is_open\n    auto_approve\n    orders_today\n    in_flight\n    revenue_today_cents\n    approved_today\n    rejected_today\n    rejection_rate\n    avg_approval_seconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardRestaurants($limit: Int!) {\n    analytics_restaurants(order_by: [{ orders_today: desc }, { revenue_today_cents: desc }, { restaurant_id: asc }], limit: $limit) {\n      ...RestaurantFiguresFields\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardRestaurants($limit: Int!) {\n    analytics_restaurants(order_by: [{ orders_today: desc }, { revenue_today_cents: desc }, { restaurant_id: asc }], limit: $limit) {\n      ...RestaurantFiguresFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThroughputBucketFields on analytics_throughput {\n    bucket_start\n    placed\n    delivered\n    failed\n  }\n"): (typeof documents)["\n  fragment ThroughputBucketFields on analytics_throughput {\n    bucket_start\n    placed\n    delivered\n    failed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardThroughput {\n    analytics_throughput(order_by: { bucket_start: asc }) {\n      ...ThroughputBucketFields\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardThroughput {\n    analytics_throughput(order_by: { bucket_start: asc }) {\n      ...ThroughputBucketFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;