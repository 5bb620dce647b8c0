/* eslint-disable */
import type { OrderStatus } from '@3factor/domain';
import type { PaymentStatus } from '@3factor/domain';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  bigint: { input: number | string; output: number | string; }
  float8: { input: any; output: any; }
  jsonb: { input: unknown; output: unknown; }
  numeric: { input: number | string; output: number | string; }
  order_status: { input: OrderStatus; output: OrderStatus; }
  payment_status: { input: PaymentStatus; output: PaymentStatus; }
  smallint: { input: any; output: any; }
  time: { input: any; output: any; }
  timestamptz: { input: string; output: string; }
  user_role: { input: string; output: string; }
  uuid: { input: string; output: string; }
};

/** Boolean expression to compare columns of type "Boolean". All fields are combined with logical 'AND'. */
export type Boolean_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['Boolean']['input']>;
  _gt?: InputMaybe<Scalars['Boolean']['input']>;
  _gte?: InputMaybe<Scalars['Boolean']['input']>;
  _in?: InputMaybe<Array<Scalars['Boolean']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['Boolean']['input']>;
  _lte?: InputMaybe<Scalars['Boolean']['input']>;
  _neq?: InputMaybe<Scalars['Boolean']['input']>;
  _nin?: InputMaybe<Array<Scalars['Boolean']['input']>>;
};

/** Boolean expression to compare columns of type "Float". All fields are combined with logical 'AND'. */
export type Float_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['Float']['input']>;
  _gt?: InputMaybe<Scalars['Float']['input']>;
  _gte?: InputMaybe<Scalars['Float']['input']>;
  _in?: InputMaybe<Array<Scalars['Float']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['Float']['input']>;
  _lte?: InputMaybe<Scalars['Float']['input']>;
  _neq?: InputMaybe<Scalars['Float']['input']>;
  _nin?: InputMaybe<Array<Scalars['Float']['input']>>;
};

/** Boolean expression to compare columns of type "Int". All fields are combined with logical 'AND'. */
export type Int_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['Int']['input']>;
  _gt?: InputMaybe<Scalars['Int']['input']>;
  _gte?: InputMaybe<Scalars['Int']['input']>;
  _in?: InputMaybe<Array<Scalars['Int']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['Int']['input']>;
  _lte?: InputMaybe<Scalars['Int']['input']>;
  _neq?: InputMaybe<Scalars['Int']['input']>;
  _nin?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Boolean expression to compare columns of type "String". All fields are combined with logical 'AND'. */
export type String_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['String']['input']>;
  _gt?: InputMaybe<Scalars['String']['input']>;
  _gte?: InputMaybe<Scalars['String']['input']>;
  _ilike?: InputMaybe<Scalars['String']['input']>;
  _in?: InputMaybe<Array<Scalars['String']['input']>>;
  _iregex?: InputMaybe<Scalars['String']['input']>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _like?: InputMaybe<Scalars['String']['input']>;
  _lt?: InputMaybe<Scalars['String']['input']>;
  _lte?: InputMaybe<Scalars['String']['input']>;
  _neq?: InputMaybe<Scalars['String']['input']>;
  _nilike?: InputMaybe<Scalars['String']['input']>;
  _nin?: InputMaybe<Array<Scalars['String']['input']>>;
  _niregex?: InputMaybe<Scalars['String']['input']>;
  _nlike?: InputMaybe<Scalars['String']['input']>;
  _nregex?: InputMaybe<Scalars['String']['input']>;
  _nsimilar?: InputMaybe<Scalars['String']['input']>;
  _regex?: InputMaybe<Scalars['String']['input']>;
  _similar?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to filter rows from the table "agents". All fields are combined with a logical 'AND'. */
export type Agents_Bool_Exp = {
  _and?: InputMaybe<Array<Agents_Bool_Exp>>;
  _not?: InputMaybe<Agents_Bool_Exp>;
  _or?: InputMaybe<Array<Agents_Bool_Exp>>;
  assignments?: InputMaybe<Assignments_Bool_Exp>;
  assignments_aggregate?: InputMaybe<Assignments_Aggregate_Bool_Exp>;
  id?: InputMaybe<Int_Comparison_Exp>;
  is_available?: InputMaybe<Boolean_Comparison_Exp>;
  name?: InputMaybe<String_Comparison_Exp>;
  user?: InputMaybe<Users_Bool_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
};

/** Ordering options when selecting data from "agents". */
export type Agents_Order_By = {
  assignments_aggregate?: InputMaybe<Assignments_Aggregate_Order_By>;
  id?: InputMaybe<Order_By>;
  is_available?: InputMaybe<Order_By>;
  name?: InputMaybe<Order_By>;
  user?: InputMaybe<Users_Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** select columns of table "agents" */
export type Agents_Select_Column =
  /** column name */
  | 'id'
  /** column name */
  | 'is_available'
  /** column name */
  | 'name'
  /** column name */
  | 'user_id';

/** Streaming cursor of the table "agents" */
export type Agents_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Agents_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Agents_Stream_Cursor_Value_Input = {
  id?: InputMaybe<Scalars['Int']['input']>;
  is_available?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_arrival_estimates". All fields are combined with a logical 'AND'. */
export type Analytics_Arrival_Estimates_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Arrival_Estimates_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Arrival_Estimates_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Arrival_Estimates_Bool_Exp>>;
  delivered_orders?: InputMaybe<Int_Comparison_Exp>;
  error_p50_seconds?: InputMaybe<Float8_Comparison_Exp>;
  error_p90_seconds?: InputMaybe<Float8_Comparison_Exp>;
  lateness_p50_seconds?: InputMaybe<Float8_Comparison_Exp>;
  period_end?: InputMaybe<Timestamptz_Comparison_Exp>;
  period_start?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_arrival_estimates". */
export type Analytics_Arrival_Estimates_Order_By = {
  delivered_orders?: InputMaybe<Order_By>;
  error_p50_seconds?: InputMaybe<Order_By>;
  error_p90_seconds?: InputMaybe<Order_By>;
  lateness_p50_seconds?: InputMaybe<Order_By>;
  period_end?: InputMaybe<Order_By>;
  period_start?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_arrival_estimates" */
export type Analytics_Arrival_Estimates_Select_Column =
  /** column name */
  | 'delivered_orders'
  /** column name */
  | 'error_p50_seconds'
  /** column name */
  | 'error_p90_seconds'
  /** column name */
  | 'lateness_p50_seconds'
  /** column name */
  | 'period_end'
  /** column name */
  | 'period_start';

/** Streaming cursor of the table "analytics_arrival_estimates" */
export type Analytics_Arrival_Estimates_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Arrival_Estimates_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Arrival_Estimates_Stream_Cursor_Value_Input = {
  delivered_orders?: InputMaybe<Scalars['Int']['input']>;
  error_p50_seconds?: InputMaybe<Scalars['float8']['input']>;
  error_p90_seconds?: InputMaybe<Scalars['float8']['input']>;
  lateness_p50_seconds?: InputMaybe<Scalars['float8']['input']>;
  period_end?: InputMaybe<Scalars['timestamptz']['input']>;
  period_start?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_conversations". All fields are combined with a logical 'AND'. */
export type Analytics_Conversations_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Conversations_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Conversations_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Conversations_Bool_Exp>>;
  kitchen_replies_last_day?: InputMaybe<Int_Comparison_Exp>;
  median_first_reply_seconds?: InputMaybe<Numeric_Comparison_Exp>;
  messages_last_day?: InputMaybe<Int_Comparison_Exp>;
  messages_last_hour?: InputMaybe<Int_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_conversations". */
export type Analytics_Conversations_Order_By = {
  kitchen_replies_last_day?: InputMaybe<Order_By>;
  median_first_reply_seconds?: InputMaybe<Order_By>;
  messages_last_day?: InputMaybe<Order_By>;
  messages_last_hour?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_conversations" */
export type Analytics_Conversations_Select_Column =
  /** column name */
  | 'kitchen_replies_last_day'
  /** column name */
  | 'median_first_reply_seconds'
  /** column name */
  | 'messages_last_day'
  /** column name */
  | 'messages_last_hour';

/** Streaming cursor of the table "analytics_conversations" */
export type Analytics_Conversations_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Conversations_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Conversations_Stream_Cursor_Value_Input = {
  kitchen_replies_last_day?: InputMaybe<Scalars['Int']['input']>;
  median_first_reply_seconds?: InputMaybe<Scalars['numeric']['input']>;
  messages_last_day?: InputMaybe<Scalars['Int']['input']>;
  messages_last_hour?: InputMaybe<Scalars['Int']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_dead_events". All fields are combined with a logical 'AND'. */
export type Analytics_Dead_Events_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Dead_Events_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Dead_Events_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Dead_Events_Bool_Exp>>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  event_id?: InputMaybe<String_Comparison_Exp>;
  last_attempt_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  last_error?: InputMaybe<String_Comparison_Exp>;
  last_error_status?: InputMaybe<Int_Comparison_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  table_name?: InputMaybe<String_Comparison_Exp>;
  tries?: InputMaybe<Int_Comparison_Exp>;
  trigger_name?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_dead_events". */
export type Analytics_Dead_Events_Order_By = {
  created_at?: InputMaybe<Order_By>;
  event_id?: InputMaybe<Order_By>;
  last_attempt_at?: InputMaybe<Order_By>;
  last_error?: InputMaybe<Order_By>;
  last_error_status?: InputMaybe<Order_By>;
  order_id?: InputMaybe<Order_By>;
  table_name?: InputMaybe<Order_By>;
  tries?: InputMaybe<Order_By>;
  trigger_name?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_dead_events" */
export type Analytics_Dead_Events_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'event_id'
  /** column name */
  | 'last_attempt_at'
  /** column name */
  | 'last_error'
  /** column name */
  | 'last_error_status'
  /** column name */
  | 'order_id'
  /** column name */
  | 'table_name'
  /** column name */
  | 'tries'
  /** column name */
  | 'trigger_name';

/** Streaming cursor of the table "analytics_dead_events" */
export type Analytics_Dead_Events_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Dead_Events_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Dead_Events_Stream_Cursor_Value_Input = {
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  event_id?: InputMaybe<Scalars['String']['input']>;
  last_attempt_at?: InputMaybe<Scalars['timestamptz']['input']>;
  last_error?: InputMaybe<Scalars['String']['input']>;
  last_error_status?: InputMaybe<Scalars['Int']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  table_name?: InputMaybe<Scalars['String']['input']>;
  tries?: InputMaybe<Scalars['Int']['input']>;
  trigger_name?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_event_delivery_health". All fields are combined with a logical 'AND'. */
export type Analytics_Event_Delivery_Health_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Event_Delivery_Health_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Event_Delivery_Health_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Event_Delivery_Health_Bool_Exp>>;
  failed?: InputMaybe<Int_Comparison_Exp>;
  last_error?: InputMaybe<String_Comparison_Exp>;
  last_error_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  last_error_status?: InputMaybe<Int_Comparison_Exp>;
  oldest_pending_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  pending?: InputMaybe<Int_Comparison_Exp>;
  retrying?: InputMaybe<Int_Comparison_Exp>;
  trigger_name?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_event_delivery_health". */
export type Analytics_Event_Delivery_Health_Order_By = {
  failed?: InputMaybe<Order_By>;
  last_error?: InputMaybe<Order_By>;
  last_error_at?: InputMaybe<Order_By>;
  last_error_status?: InputMaybe<Order_By>;
  oldest_pending_at?: InputMaybe<Order_By>;
  pending?: InputMaybe<Order_By>;
  retrying?: InputMaybe<Order_By>;
  trigger_name?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_event_delivery_health" */
export type Analytics_Event_Delivery_Health_Select_Column =
  /** column name */
  | 'failed'
  /** column name */
  | 'last_error'
  /** column name */
  | 'last_error_at'
  /** column name */
  | 'last_error_status'
  /** column name */
  | 'oldest_pending_at'
  /** column name */
  | 'pending'
  /** column name */
  | 'retrying'
  /** column name */
  | 'trigger_name';

/** Streaming cursor of the table "analytics_event_delivery_health" */
export type Analytics_Event_Delivery_Health_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Event_Delivery_Health_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Event_Delivery_Health_Stream_Cursor_Value_Input = {
  failed?: InputMaybe<Scalars['Int']['input']>;
  last_error?: InputMaybe<Scalars['String']['input']>;
  last_error_at?: InputMaybe<Scalars['timestamptz']['input']>;
  last_error_status?: InputMaybe<Scalars['Int']['input']>;
  oldest_pending_at?: InputMaybe<Scalars['timestamptz']['input']>;
  pending?: InputMaybe<Scalars['Int']['input']>;
  retrying?: InputMaybe<Scalars['Int']['input']>;
  trigger_name?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_funnel". All fields are combined with a logical 'AND'. */
export type Analytics_Funnel_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Funnel_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Funnel_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Funnel_Bool_Exp>>;
  conversion_from_placed?: InputMaybe<Numeric_Comparison_Exp>;
  conversion_from_previous?: InputMaybe<Numeric_Comparison_Exp>;
  dropped?: InputMaybe<Int_Comparison_Exp>;
  position?: InputMaybe<Int_Comparison_Exp>;
  reached?: InputMaybe<Int_Comparison_Exp>;
  stage?: InputMaybe<String_Comparison_Exp>;
  waiting?: InputMaybe<Int_Comparison_Exp>;
};

/** Boolean expression to filter rows from the table "analytics_funnel_branches". All fields are combined with a logical 'AND'. */
export type Analytics_Funnel_Branches_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Funnel_Branches_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Funnel_Branches_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Funnel_Branches_Bool_Exp>>;
  from_stage?: InputMaybe<String_Comparison_Exp>;
  orders?: InputMaybe<Int_Comparison_Exp>;
  outcome?: InputMaybe<String_Comparison_Exp>;
  position?: InputMaybe<Int_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_funnel_branches". */
export type Analytics_Funnel_Branches_Order_By = {
  from_stage?: InputMaybe<Order_By>;
  orders?: InputMaybe<Order_By>;
  outcome?: InputMaybe<Order_By>;
  position?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_funnel_branches" */
export type Analytics_Funnel_Branches_Select_Column =
  /** column name */
  | 'from_stage'
  /** column name */
  | 'orders'
  /** column name */
  | 'outcome'
  /** column name */
  | 'position';

/** Streaming cursor of the table "analytics_funnel_branches" */
export type Analytics_Funnel_Branches_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Funnel_Branches_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Funnel_Branches_Stream_Cursor_Value_Input = {
  from_stage?: InputMaybe<Scalars['String']['input']>;
  orders?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Ordering options when selecting data from "analytics_funnel". */
export type Analytics_Funnel_Order_By = {
  conversion_from_placed?: InputMaybe<Order_By>;
  conversion_from_previous?: InputMaybe<Order_By>;
  dropped?: InputMaybe<Order_By>;
  position?: InputMaybe<Order_By>;
  reached?: InputMaybe<Order_By>;
  stage?: InputMaybe<Order_By>;
  waiting?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_funnel" */
export type Analytics_Funnel_Select_Column =
  /** column name */
  | 'conversion_from_placed'
  /** column name */
  | 'conversion_from_previous'
  /** column name */
  | 'dropped'
  /** column name */
  | 'position'
  /** column name */
  | 'reached'
  /** column name */
  | 'stage'
  /** column name */
  | 'waiting';

/** Streaming cursor of the table "analytics_funnel" */
export type Analytics_Funnel_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Funnel_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Funnel_Stream_Cursor_Value_Input = {
  conversion_from_placed?: InputMaybe<Scalars['numeric']['input']>;
  conversion_from_previous?: InputMaybe<Scalars['numeric']['input']>;
  dropped?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  reached?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Scalars['String']['input']>;
  waiting?: InputMaybe<Scalars['Int']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_kpis". All fields are combined with a logical 'AND'. */
export type Analytics_Kpis_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Kpis_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Kpis_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Kpis_Bool_Exp>>;
  average_basket_cents?: InputMaybe<Int_Comparison_Exp>;
  delivered_today?: InputMaybe<Int_Comparison_Exp>;
  failed_today?: InputMaybe<Int_Comparison_Exp>;
  in_flight?: InputMaybe<Int_Comparison_Exp>;
  orders_today?: InputMaybe<Int_Comparison_Exp>;
  paid_orders_today?: InputMaybe<Int_Comparison_Exp>;
  payment_failures_today?: InputMaybe<Int_Comparison_Exp>;
  revenue_today_cents?: InputMaybe<Bigint_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_kpis". */
export type Analytics_Kpis_Order_By = {
  average_basket_cents?: InputMaybe<Order_By>;
  delivered_today?: InputMaybe<Order_By>;
  failed_today?: InputMaybe<Order_By>;
  in_flight?: InputMaybe<Order_By>;
  orders_today?: InputMaybe<Order_By>;
  paid_orders_today?: InputMaybe<Order_By>;
  payment_failures_today?: InputMaybe<Order_By>;
  revenue_today_cents?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_kpis" */
export type Analytics_Kpis_Select_Column =
  /** column name */
  | 'average_basket_cents'
  /** column name */
  | 'delivered_today'
  /** column name */
  | 'failed_today'
  /** column name */
  | 'in_flight'
  /** column name */
  | 'orders_today'
  /** column name */
  | 'paid_orders_today'
  /** column name */
  | 'payment_failures_today'
  /** column name */
  | 'revenue_today_cents';

/** Streaming cursor of the table "analytics_kpis" */
export type Analytics_Kpis_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Kpis_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Kpis_Stream_Cursor_Value_Input = {
  average_basket_cents?: InputMaybe<Scalars['Int']['input']>;
  delivered_today?: InputMaybe<Scalars['Int']['input']>;
  failed_today?: InputMaybe<Scalars['Int']['input']>;
  in_flight?: InputMaybe<Scalars['Int']['input']>;
  orders_today?: InputMaybe<Scalars['Int']['input']>;
  paid_orders_today?: InputMaybe<Scalars['Int']['input']>;
  payment_failures_today?: InputMaybe<Scalars['Int']['input']>;
  revenue_today_cents?: InputMaybe<Scalars['bigint']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_restaurants". All fields are combined with a logical 'AND'. */
export type Analytics_Restaurants_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Restaurants_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Restaurants_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Restaurants_Bool_Exp>>;
  approved_today?: InputMaybe<Int_Comparison_Exp>;
  auto_approve?: InputMaybe<Boolean_Comparison_Exp>;
  avg_approval_seconds?: InputMaybe<Numeric_Comparison_Exp>;
  in_flight?: InputMaybe<Int_Comparison_Exp>;
  is_open?: InputMaybe<Boolean_Comparison_Exp>;
  name?: InputMaybe<String_Comparison_Exp>;
  orders_today?: InputMaybe<Int_Comparison_Exp>;
  rejected_today?: InputMaybe<Int_Comparison_Exp>;
  rejection_rate?: InputMaybe<Numeric_Comparison_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  revenue_today_cents?: InputMaybe<Bigint_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_restaurants". */
export type Analytics_Restaurants_Order_By = {
  approved_today?: InputMaybe<Order_By>;
  auto_approve?: InputMaybe<Order_By>;
  avg_approval_seconds?: InputMaybe<Order_By>;
  in_flight?: InputMaybe<Order_By>;
  is_open?: InputMaybe<Order_By>;
  name?: InputMaybe<Order_By>;
  orders_today?: InputMaybe<Order_By>;
  rejected_today?: InputMaybe<Order_By>;
  rejection_rate?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  revenue_today_cents?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_restaurants" */
export type Analytics_Restaurants_Select_Column =
  /** column name */
  | 'approved_today'
  /** column name */
  | 'auto_approve'
  /** column name */
  | 'avg_approval_seconds'
  /** column name */
  | 'in_flight'
  /** column name */
  | 'is_open'
  /** column name */
  | 'name'
  /** column name */
  | 'orders_today'
  /** column name */
  | 'rejected_today'
  /** column name */
  | 'rejection_rate'
  /** column name */
  | 'restaurant_id'
  /** column name */
  | 'revenue_today_cents';

/** Streaming cursor of the table "analytics_restaurants" */
export type Analytics_Restaurants_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Restaurants_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Restaurants_Stream_Cursor_Value_Input = {
  approved_today?: InputMaybe<Scalars['Int']['input']>;
  auto_approve?: InputMaybe<Scalars['Boolean']['input']>;
  avg_approval_seconds?: InputMaybe<Scalars['numeric']['input']>;
  in_flight?: InputMaybe<Scalars['Int']['input']>;
  is_open?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orders_today?: InputMaybe<Scalars['Int']['input']>;
  rejected_today?: InputMaybe<Scalars['Int']['input']>;
  rejection_rate?: InputMaybe<Scalars['numeric']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  revenue_today_cents?: InputMaybe<Scalars['bigint']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_stage_latency". All fields are combined with a logical 'AND'. */
export type Analytics_Stage_Latency_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Stage_Latency_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Stage_Latency_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Stage_Latency_Bool_Exp>>;
  avg_seconds?: InputMaybe<Numeric_Comparison_Exp>;
  p50_seconds?: InputMaybe<Numeric_Comparison_Exp>;
  p95_seconds?: InputMaybe<Numeric_Comparison_Exp>;
  position?: InputMaybe<Int_Comparison_Exp>;
  samples?: InputMaybe<Int_Comparison_Exp>;
  stage?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_stage_latency". */
export type Analytics_Stage_Latency_Order_By = {
  avg_seconds?: InputMaybe<Order_By>;
  p50_seconds?: InputMaybe<Order_By>;
  p95_seconds?: InputMaybe<Order_By>;
  position?: InputMaybe<Order_By>;
  samples?: InputMaybe<Order_By>;
  stage?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_stage_latency" */
export type Analytics_Stage_Latency_Select_Column =
  /** column name */
  | 'avg_seconds'
  /** column name */
  | 'p50_seconds'
  /** column name */
  | 'p95_seconds'
  /** column name */
  | 'position'
  /** column name */
  | 'samples'
  /** column name */
  | 'stage';

/** Streaming cursor of the table "analytics_stage_latency" */
export type Analytics_Stage_Latency_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Stage_Latency_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Stage_Latency_Stream_Cursor_Value_Input = {
  avg_seconds?: InputMaybe<Scalars['numeric']['input']>;
  p50_seconds?: InputMaybe<Scalars['numeric']['input']>;
  p95_seconds?: InputMaybe<Scalars['numeric']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  samples?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_throughput". All fields are combined with a logical 'AND'. */
export type Analytics_Throughput_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Throughput_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Throughput_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Throughput_Bool_Exp>>;
  bucket_start?: InputMaybe<Timestamptz_Comparison_Exp>;
  delivered?: InputMaybe<Int_Comparison_Exp>;
  failed?: InputMaybe<Int_Comparison_Exp>;
  placed?: InputMaybe<Int_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_throughput". */
export type Analytics_Throughput_Order_By = {
  bucket_start?: InputMaybe<Order_By>;
  delivered?: InputMaybe<Order_By>;
  failed?: InputMaybe<Order_By>;
  placed?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_throughput" */
export type Analytics_Throughput_Select_Column =
  /** column name */
  | 'bucket_start'
  /** column name */
  | 'delivered'
  /** column name */
  | 'failed'
  /** column name */
  | 'placed';

/** Streaming cursor of the table "analytics_throughput" */
export type Analytics_Throughput_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Throughput_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Throughput_Stream_Cursor_Value_Input = {
  bucket_start?: InputMaybe<Scalars['timestamptz']['input']>;
  delivered?: InputMaybe<Scalars['Int']['input']>;
  failed?: InputMaybe<Scalars['Int']['input']>;
  placed?: InputMaybe<Scalars['Int']['input']>;
};

/** Boolean expression to filter rows from the table "analytics_tips_and_promos". All fields are combined with a logical 'AND'. */
export type Analytics_Tips_And_Promos_Bool_Exp = {
  _and?: InputMaybe<Array<Analytics_Tips_And_Promos_Bool_Exp>>;
  _not?: InputMaybe<Analytics_Tips_And_Promos_Bool_Exp>;
  _or?: InputMaybe<Array<Analytics_Tips_And_Promos_Bool_Exp>>;
  average_tip_cents?: InputMaybe<Int_Comparison_Exp>;
  average_tip_when_tipped_cents?: InputMaybe<Int_Comparison_Exp>;
  paid_orders?: InputMaybe<Bigint_Comparison_Exp>;
  period_end?: InputMaybe<Timestamptz_Comparison_Exp>;
  period_start?: InputMaybe<Timestamptz_Comparison_Exp>;
  promo_discount_cents?: InputMaybe<Bigint_Comparison_Exp>;
  promo_orders?: InputMaybe<Bigint_Comparison_Exp>;
  tipped_after_delivery_orders?: InputMaybe<Bigint_Comparison_Exp>;
  tipped_orders?: InputMaybe<Bigint_Comparison_Exp>;
};

/** Ordering options when selecting data from "analytics_tips_and_promos". */
export type Analytics_Tips_And_Promos_Order_By = {
  average_tip_cents?: InputMaybe<Order_By>;
  average_tip_when_tipped_cents?: InputMaybe<Order_By>;
  paid_orders?: InputMaybe<Order_By>;
  period_end?: InputMaybe<Order_By>;
  period_start?: InputMaybe<Order_By>;
  promo_discount_cents?: InputMaybe<Order_By>;
  promo_orders?: InputMaybe<Order_By>;
  tipped_after_delivery_orders?: InputMaybe<Order_By>;
  tipped_orders?: InputMaybe<Order_By>;
};

/** select columns of table "analytics_tips_and_promos" */
export type Analytics_Tips_And_Promos_Select_Column =
  /** column name */
  | 'average_tip_cents'
  /** column name */
  | 'average_tip_when_tipped_cents'
  /** column name */
  | 'paid_orders'
  /** column name */
  | 'period_end'
  /** column name */
  | 'period_start'
  /** column name */
  | 'promo_discount_cents'
  /** column name */
  | 'promo_orders'
  /** column name */
  | 'tipped_after_delivery_orders'
  /** column name */
  | 'tipped_orders';

/** Streaming cursor of the table "analytics_tips_and_promos" */
export type Analytics_Tips_And_Promos_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Analytics_Tips_And_Promos_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Analytics_Tips_And_Promos_Stream_Cursor_Value_Input = {
  average_tip_cents?: InputMaybe<Scalars['Int']['input']>;
  average_tip_when_tipped_cents?: InputMaybe<Scalars['Int']['input']>;
  paid_orders?: InputMaybe<Scalars['bigint']['input']>;
  period_end?: InputMaybe<Scalars['timestamptz']['input']>;
  period_start?: InputMaybe<Scalars['timestamptz']['input']>;
  promo_discount_cents?: InputMaybe<Scalars['bigint']['input']>;
  promo_orders?: InputMaybe<Scalars['bigint']['input']>;
  tipped_after_delivery_orders?: InputMaybe<Scalars['bigint']['input']>;
  tipped_orders?: InputMaybe<Scalars['bigint']['input']>;
};

export type Assignments_Aggregate_Bool_Exp = {
  count?: InputMaybe<Assignments_Aggregate_Bool_Exp_Count>;
};

export type Assignments_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Assignments_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Assignments_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

export type Assignments_Aggregate_Order_By = {
  avg?: InputMaybe<Assignments_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Assignments_Max_Order_By>;
  min?: InputMaybe<Assignments_Min_Order_By>;
  stddev?: InputMaybe<Assignments_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Assignments_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Assignments_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Assignments_Sum_Order_By>;
  var_pop?: InputMaybe<Assignments_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Assignments_Var_Samp_Order_By>;
  variance?: InputMaybe<Assignments_Variance_Order_By>;
};

export type Assignments_Avg_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "assignments". All fields are combined with a logical 'AND'. */
export type Assignments_Bool_Exp = {
  _and?: InputMaybe<Array<Assignments_Bool_Exp>>;
  _not?: InputMaybe<Assignments_Bool_Exp>;
  _or?: InputMaybe<Array<Assignments_Bool_Exp>>;
  agent?: InputMaybe<Agents_Bool_Exp>;
  agent_id?: InputMaybe<Int_Comparison_Exp>;
  assigned_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  id?: InputMaybe<Int_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
};

export type Assignments_Max_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  assigned_at?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

export type Assignments_Min_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  assigned_at?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "assignments". */
export type Assignments_Order_By = {
  agent?: InputMaybe<Agents_Order_By>;
  agent_id?: InputMaybe<Order_By>;
  assigned_at?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
};

/** select columns of table "assignments" */
export type Assignments_Select_Column =
  /** column name */
  | 'agent_id'
  /** column name */
  | 'assigned_at'
  /** column name */
  | 'id'
  /** column name */
  | 'order_id';

export type Assignments_Stddev_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

export type Assignments_Stddev_Pop_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

export type Assignments_Stddev_Samp_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "assignments" */
export type Assignments_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Assignments_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Assignments_Stream_Cursor_Value_Input = {
  agent_id?: InputMaybe<Scalars['Int']['input']>;
  assigned_at?: InputMaybe<Scalars['timestamptz']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
};

export type Assignments_Sum_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

export type Assignments_Var_Pop_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

export type Assignments_Var_Samp_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

export type Assignments_Variance_Order_By = {
  agent_id?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
};

/** Boolean expression to compare columns of type "bigint". All fields are combined with logical 'AND'. */
export type Bigint_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['bigint']['input']>;
  _gt?: InputMaybe<Scalars['bigint']['input']>;
  _gte?: InputMaybe<Scalars['bigint']['input']>;
  _in?: InputMaybe<Array<Scalars['bigint']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['bigint']['input']>;
  _lte?: InputMaybe<Scalars['bigint']['input']>;
  _neq?: InputMaybe<Scalars['bigint']['input']>;
  _nin?: InputMaybe<Array<Scalars['bigint']['input']>>;
};

/** ordering argument of a cursor */
export type Cursor_Ordering =
  /** ascending ordering of the cursor */
  | 'ASC'
  /** descending ordering of the cursor */
  | 'DESC';

/** Boolean expression to filter rows from the table "dish_tags". All fields are combined with a logical 'AND'. */
export type Dish_Tags_Bool_Exp = {
  _and?: InputMaybe<Array<Dish_Tags_Bool_Exp>>;
  _not?: InputMaybe<Dish_Tags_Bool_Exp>;
  _or?: InputMaybe<Array<Dish_Tags_Bool_Exp>>;
  kind?: InputMaybe<String_Comparison_Exp>;
  label?: InputMaybe<String_Comparison_Exp>;
  position?: InputMaybe<Int_Comparison_Exp>;
  tag?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "dish_tags". */
export type Dish_Tags_Order_By = {
  kind?: InputMaybe<Order_By>;
  label?: InputMaybe<Order_By>;
  position?: InputMaybe<Order_By>;
  tag?: InputMaybe<Order_By>;
};

/** select columns of table "dish_tags" */
export type Dish_Tags_Select_Column =
  /** column name */
  | 'kind'
  /** column name */
  | 'label'
  /** column name */
  | 'position'
  /** column name */
  | 'tag';

/** Streaming cursor of the table "dish_tags" */
export type Dish_Tags_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Dish_Tags_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Dish_Tags_Stream_Cursor_Value_Input = {
  kind?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to compare columns of type "float8". All fields are combined with logical 'AND'. */
export type Float8_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['float8']['input']>;
  _gt?: InputMaybe<Scalars['float8']['input']>;
  _gte?: InputMaybe<Scalars['float8']['input']>;
  _in?: InputMaybe<Array<Scalars['float8']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['float8']['input']>;
  _lte?: InputMaybe<Scalars['float8']['input']>;
  _neq?: InputMaybe<Scalars['float8']['input']>;
  _nin?: InputMaybe<Array<Scalars['float8']['input']>>;
};

export type Jsonb_Cast_Exp = {
  String?: InputMaybe<String_Comparison_Exp>;
};

/** Boolean expression to compare columns of type "jsonb". All fields are combined with logical 'AND'. */
export type Jsonb_Comparison_Exp = {
  _cast?: InputMaybe<Jsonb_Cast_Exp>;
  _contained_in?: InputMaybe<Scalars['jsonb']['input']>;
  _contains?: InputMaybe<Scalars['jsonb']['input']>;
  _eq?: InputMaybe<Scalars['jsonb']['input']>;
  _gt?: InputMaybe<Scalars['jsonb']['input']>;
  _gte?: InputMaybe<Scalars['jsonb']['input']>;
  _has_key?: InputMaybe<Scalars['String']['input']>;
  _has_keys_all?: InputMaybe<Array<Scalars['String']['input']>>;
  _has_keys_any?: InputMaybe<Array<Scalars['String']['input']>>;
  _in?: InputMaybe<Array<Scalars['jsonb']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['jsonb']['input']>;
  _lte?: InputMaybe<Scalars['jsonb']['input']>;
  _neq?: InputMaybe<Scalars['jsonb']['input']>;
  _nin?: InputMaybe<Array<Scalars['jsonb']['input']>>;
};

/** Boolean expression to filter rows from the table "menu_item_tags". All fields are combined with a logical 'AND'. */
export type Menu_Item_Tags_Bool_Exp = {
  _and?: InputMaybe<Array<Menu_Item_Tags_Bool_Exp>>;
  _not?: InputMaybe<Menu_Item_Tags_Bool_Exp>;
  _or?: InputMaybe<Array<Menu_Item_Tags_Bool_Exp>>;
  dish_tag?: InputMaybe<Dish_Tags_Bool_Exp>;
  menu_item?: InputMaybe<Menu_Items_Bool_Exp>;
  menu_item_id?: InputMaybe<Int_Comparison_Exp>;
  tag?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "menu_item_tags". */
export type Menu_Item_Tags_Order_By = {
  dish_tag?: InputMaybe<Dish_Tags_Order_By>;
  menu_item?: InputMaybe<Menu_Items_Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  tag?: InputMaybe<Order_By>;
};

/** select columns of table "menu_item_tags" */
export type Menu_Item_Tags_Select_Column =
  /** column name */
  | 'menu_item_id'
  /** column name */
  | 'tag';

/** Streaming cursor of the table "menu_item_tags" */
export type Menu_Item_Tags_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Menu_Item_Tags_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Menu_Item_Tags_Stream_Cursor_Value_Input = {
  menu_item_id?: InputMaybe<Scalars['Int']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type Menu_Items_Aggregate_Bool_Exp = {
  count?: InputMaybe<Menu_Items_Aggregate_Bool_Exp_Count>;
};

export type Menu_Items_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Menu_Items_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Menu_Items_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

export type Menu_Items_Aggregate_Order_By = {
  avg?: InputMaybe<Menu_Items_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Menu_Items_Max_Order_By>;
  min?: InputMaybe<Menu_Items_Min_Order_By>;
  stddev?: InputMaybe<Menu_Items_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Menu_Items_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Menu_Items_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Menu_Items_Sum_Order_By>;
  var_pop?: InputMaybe<Menu_Items_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Menu_Items_Var_Samp_Order_By>;
  variance?: InputMaybe<Menu_Items_Variance_Order_By>;
};

export type Menu_Items_Avg_Order_By = {
  id?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "menu_items". All fields are combined with a logical 'AND'. */
export type Menu_Items_Bool_Exp = {
  _and?: InputMaybe<Array<Menu_Items_Bool_Exp>>;
  _not?: InputMaybe<Menu_Items_Bool_Exp>;
  _or?: InputMaybe<Array<Menu_Items_Bool_Exp>>;
  description?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<Int_Comparison_Exp>;
  is_available?: InputMaybe<Boolean_Comparison_Exp>;
  name?: InputMaybe<String_Comparison_Exp>;
  price_cents?: InputMaybe<Int_Comparison_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  tags?: InputMaybe<Menu_Item_Tags_Bool_Exp>;
};

export type Menu_Items_Max_Order_By = {
  description?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  name?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

export type Menu_Items_Min_Order_By = {
  description?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  name?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "menu_items". */
export type Menu_Items_Order_By = {
  description?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  is_available?: InputMaybe<Order_By>;
  name?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

/** select columns of table "menu_items" */
export type Menu_Items_Select_Column =
  /** column name */
  | 'description'
  /** column name */
  | 'id'
  /** column name */
  | 'is_available'
  /** column name */
  | 'name'
  /** column name */
  | 'price_cents'
  /** column name */
  | 'restaurant_id';

export type Menu_Items_Stddev_Order_By = {
  id?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

export type Menu_Items_Stddev_Pop_Order_By = {
  id?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

export type Menu_Items_Stddev_Samp_Order_By = {
  id?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "menu_items" */
export type Menu_Items_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Menu_Items_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Menu_Items_Stream_Cursor_Value_Input = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  is_available?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  price_cents?: InputMaybe<Scalars['Int']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
};

export type Menu_Items_Sum_Order_By = {
  id?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

export type Menu_Items_Var_Pop_Order_By = {
  id?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

export type Menu_Items_Var_Samp_Order_By = {
  id?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

export type Menu_Items_Variance_Order_By = {
  id?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "menu_search_results". All fields are combined with a logical 'AND'. */
export type Menu_Search_Results_Bool_Exp = {
  _and?: InputMaybe<Array<Menu_Search_Results_Bool_Exp>>;
  _not?: InputMaybe<Menu_Search_Results_Bool_Exp>;
  _or?: InputMaybe<Array<Menu_Search_Results_Bool_Exp>>;
  cuisine?: InputMaybe<String_Comparison_Exp>;
  description?: InputMaybe<String_Comparison_Exp>;
  is_open?: InputMaybe<Boolean_Comparison_Exp>;
  menu_item_id?: InputMaybe<Int_Comparison_Exp>;
  name?: InputMaybe<String_Comparison_Exp>;
  price_cents?: InputMaybe<Int_Comparison_Exp>;
  rank?: InputMaybe<Float_Comparison_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  restaurant_name?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "menu_search_results". */
export type Menu_Search_Results_Order_By = {
  cuisine?: InputMaybe<Order_By>;
  description?: InputMaybe<Order_By>;
  is_open?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  name?: InputMaybe<Order_By>;
  price_cents?: InputMaybe<Order_By>;
  rank?: InputMaybe<Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  restaurant_name?: InputMaybe<Order_By>;
};

/** select columns of table "menu_search_results" */
export type Menu_Search_Results_Select_Column =
  /** column name */
  | 'cuisine'
  /** column name */
  | 'description'
  /** column name */
  | 'is_open'
  /** column name */
  | 'menu_item_id'
  /** column name */
  | 'name'
  /** column name */
  | 'price_cents'
  /** column name */
  | 'rank'
  /** column name */
  | 'restaurant_id'
  /** column name */
  | 'restaurant_name';

/** Streaming cursor of the table "menu_search_results" */
export type Menu_Search_Results_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Menu_Search_Results_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Menu_Search_Results_Stream_Cursor_Value_Input = {
  cuisine?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  is_open?: InputMaybe<Scalars['Boolean']['input']>;
  menu_item_id?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  price_cents?: InputMaybe<Scalars['Int']['input']>;
  rank?: InputMaybe<Scalars['Float']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  restaurant_name?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to compare columns of type "numeric". All fields are combined with logical 'AND'. */
export type Numeric_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['numeric']['input']>;
  _gt?: InputMaybe<Scalars['numeric']['input']>;
  _gte?: InputMaybe<Scalars['numeric']['input']>;
  _in?: InputMaybe<Array<Scalars['numeric']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['numeric']['input']>;
  _lte?: InputMaybe<Scalars['numeric']['input']>;
  _neq?: InputMaybe<Scalars['numeric']['input']>;
  _nin?: InputMaybe<Array<Scalars['numeric']['input']>>;
};

/** column ordering options */
export type Order_By =
  /** in ascending order, nulls last */
  | 'asc'
  /** in ascending order, nulls first */
  | 'asc_nulls_first'
  /** in ascending order, nulls last */
  | 'asc_nulls_last'
  /** in descending order, nulls first */
  | 'desc'
  /** in descending order, nulls first */
  | 'desc_nulls_first'
  /** in descending order, nulls last */
  | 'desc_nulls_last';

export type Order_Items_Aggregate_Bool_Exp = {
  count?: InputMaybe<Order_Items_Aggregate_Bool_Exp_Count>;
};

export type Order_Items_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Order_Items_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Order_Items_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

export type Order_Items_Aggregate_Order_By = {
  avg?: InputMaybe<Order_Items_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Order_Items_Max_Order_By>;
  min?: InputMaybe<Order_Items_Min_Order_By>;
  stddev?: InputMaybe<Order_Items_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Order_Items_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Order_Items_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Order_Items_Sum_Order_By>;
  var_pop?: InputMaybe<Order_Items_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Order_Items_Var_Samp_Order_By>;
  variance?: InputMaybe<Order_Items_Variance_Order_By>;
};

export type Order_Items_Avg_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "order_items". All fields are combined with a logical 'AND'. */
export type Order_Items_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Items_Bool_Exp>>;
  _not?: InputMaybe<Order_Items_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Items_Bool_Exp>>;
  id?: InputMaybe<Int_Comparison_Exp>;
  menu_item?: InputMaybe<Menu_Items_Bool_Exp>;
  menu_item_id?: InputMaybe<Int_Comparison_Exp>;
  note?: InputMaybe<String_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  quantity?: InputMaybe<Int_Comparison_Exp>;
  unit_price_cents?: InputMaybe<Int_Comparison_Exp>;
};

export type Order_Items_Max_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  note?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

export type Order_Items_Min_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  note?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "order_items". */
export type Order_Items_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item?: InputMaybe<Menu_Items_Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  note?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

/** select columns of table "order_items" */
export type Order_Items_Select_Column =
  /** column name */
  | 'id'
  /** column name */
  | 'menu_item_id'
  /** column name */
  | 'note'
  /** column name */
  | 'order_id'
  /** column name */
  | 'quantity'
  /** column name */
  | 'unit_price_cents';

export type Order_Items_Stddev_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

export type Order_Items_Stddev_Pop_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

export type Order_Items_Stddev_Samp_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "order_items" */
export type Order_Items_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Order_Items_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Order_Items_Stream_Cursor_Value_Input = {
  id?: InputMaybe<Scalars['Int']['input']>;
  menu_item_id?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  unit_price_cents?: InputMaybe<Scalars['Int']['input']>;
};

export type Order_Items_Sum_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

export type Order_Items_Var_Pop_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

export type Order_Items_Var_Samp_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

export type Order_Items_Variance_Order_By = {
  id?: InputMaybe<Order_By>;
  menu_item_id?: InputMaybe<Order_By>;
  quantity?: InputMaybe<Order_By>;
  unit_price_cents?: InputMaybe<Order_By>;
};

export type Order_Messages_Aggregate_Bool_Exp = {
  count?: InputMaybe<Order_Messages_Aggregate_Bool_Exp_Count>;
};

export type Order_Messages_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Order_Messages_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Order_Messages_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

export type Order_Messages_Aggregate_Order_By = {
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Order_Messages_Max_Order_By>;
  min?: InputMaybe<Order_Messages_Min_Order_By>;
};

/** Boolean expression to filter rows from the table "order_messages". All fields are combined with a logical 'AND'. */
export type Order_Messages_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Messages_Bool_Exp>>;
  _not?: InputMaybe<Order_Messages_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Messages_Bool_Exp>>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  sender?: InputMaybe<Users_Bool_Exp>;
};

export type Order_Messages_Max_Order_By = {
  created_at?: InputMaybe<Order_By>;
};

export type Order_Messages_Min_Order_By = {
  created_at?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "order_messages". */
export type Order_Messages_Order_By = {
  created_at?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  sender?: InputMaybe<Users_Order_By>;
};

/** select columns of table "order_messages" */
export type Order_Messages_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'order_id';

/** Boolean expression to compare columns of type "order_status". All fields are combined with logical 'AND'. */
export type Order_Status_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['order_status']['input']>;
  _gt?: InputMaybe<Scalars['order_status']['input']>;
  _gte?: InputMaybe<Scalars['order_status']['input']>;
  _in?: InputMaybe<Array<Scalars['order_status']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['order_status']['input']>;
  _lte?: InputMaybe<Scalars['order_status']['input']>;
  _neq?: InputMaybe<Scalars['order_status']['input']>;
  _nin?: InputMaybe<Array<Scalars['order_status']['input']>>;
};

export type Order_Status_History_Aggregate_Bool_Exp = {
  count?: InputMaybe<Order_Status_History_Aggregate_Bool_Exp_Count>;
};

export type Order_Status_History_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Order_Status_History_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Order_Status_History_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

export type Order_Status_History_Aggregate_Order_By = {
  avg?: InputMaybe<Order_Status_History_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Order_Status_History_Max_Order_By>;
  min?: InputMaybe<Order_Status_History_Min_Order_By>;
  stddev?: InputMaybe<Order_Status_History_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Order_Status_History_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Order_Status_History_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Order_Status_History_Sum_Order_By>;
  var_pop?: InputMaybe<Order_Status_History_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Order_Status_History_Var_Samp_Order_By>;
  variance?: InputMaybe<Order_Status_History_Variance_Order_By>;
};

export type Order_Status_History_Avg_Order_By = {
  id?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "order_status_history". All fields are combined with a logical 'AND'. */
export type Order_Status_History_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Status_History_Bool_Exp>>;
  _not?: InputMaybe<Order_Status_History_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Status_History_Bool_Exp>>;
  changed_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  from_status?: InputMaybe<Order_Status_Comparison_Exp>;
  id?: InputMaybe<Bigint_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  to_status?: InputMaybe<Order_Status_Comparison_Exp>;
};

export type Order_Status_History_Max_Order_By = {
  changed_at?: InputMaybe<Order_By>;
  from_status?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  to_status?: InputMaybe<Order_By>;
};

export type Order_Status_History_Min_Order_By = {
  changed_at?: InputMaybe<Order_By>;
  from_status?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  to_status?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "order_status_history". */
export type Order_Status_History_Order_By = {
  changed_at?: InputMaybe<Order_By>;
  from_status?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  to_status?: InputMaybe<Order_By>;
};

/** select columns of table "order_status_history" */
export type Order_Status_History_Select_Column =
  /** column name */
  | 'changed_at'
  /** column name */
  | 'from_status'
  /** column name */
  | 'id'
  /** column name */
  | 'order_id'
  /** column name */
  | 'to_status';

export type Order_Status_History_Stddev_Order_By = {
  id?: InputMaybe<Order_By>;
};

export type Order_Status_History_Stddev_Pop_Order_By = {
  id?: InputMaybe<Order_By>;
};

export type Order_Status_History_Stddev_Samp_Order_By = {
  id?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "order_status_history" */
export type Order_Status_History_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Order_Status_History_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Order_Status_History_Stream_Cursor_Value_Input = {
  changed_at?: InputMaybe<Scalars['timestamptz']['input']>;
  from_status?: InputMaybe<Scalars['order_status']['input']>;
  id?: InputMaybe<Scalars['bigint']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  to_status?: InputMaybe<Scalars['order_status']['input']>;
};

export type Order_Status_History_Sum_Order_By = {
  id?: InputMaybe<Order_By>;
};

export type Order_Status_History_Var_Pop_Order_By = {
  id?: InputMaybe<Order_By>;
};

export type Order_Status_History_Var_Samp_Order_By = {
  id?: InputMaybe<Order_By>;
};

export type Order_Status_History_Variance_Order_By = {
  id?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "order_tips". All fields are combined with a logical 'AND'. */
export type Order_Tips_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Tips_Bool_Exp>>;
  _not?: InputMaybe<Order_Tips_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Tips_Bool_Exp>>;
  amount_cents?: InputMaybe<Int_Comparison_Exp>;
  card_last4?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  customer_id?: InputMaybe<Uuid_Comparison_Exp>;
  failure_reason?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  provider_ref?: InputMaybe<String_Comparison_Exp>;
  status?: InputMaybe<Payment_Status_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** Ordering options when selecting data from "order_tips". */
export type Order_Tips_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
  card_last4?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  customer_id?: InputMaybe<Order_By>;
  failure_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  provider_ref?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** select columns of table "order_tips" */
export type Order_Tips_Select_Column =
  /** column name */
  | 'amount_cents'
  /** column name */
  | 'card_last4'
  /** column name */
  | 'created_at'
  /** column name */
  | 'customer_id'
  /** column name */
  | 'failure_reason'
  /** column name */
  | 'id'
  /** column name */
  | 'order_id'
  /** column name */
  | 'provider_ref'
  /** column name */
  | 'status'
  /** column name */
  | 'updated_at';

/** Streaming cursor of the table "order_tips" */
export type Order_Tips_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Order_Tips_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Order_Tips_Stream_Cursor_Value_Input = {
  amount_cents?: InputMaybe<Scalars['Int']['input']>;
  card_last4?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  customer_id?: InputMaybe<Scalars['uuid']['input']>;
  failure_reason?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  provider_ref?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['payment_status']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

export type Orders_Aggregate_Bool_Exp = {
  count?: InputMaybe<Orders_Aggregate_Bool_Exp_Count>;
};

export type Orders_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Orders_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Orders_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

export type Orders_Aggregate_Order_By = {
  avg?: InputMaybe<Orders_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Orders_Max_Order_By>;
  min?: InputMaybe<Orders_Min_Order_By>;
  stddev?: InputMaybe<Orders_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Orders_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Orders_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Orders_Sum_Order_By>;
  var_pop?: InputMaybe<Orders_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Orders_Var_Samp_Order_By>;
  variance?: InputMaybe<Orders_Variance_Order_By>;
};

export type Orders_Avg_Order_By = {
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "orders". All fields are combined with a logical 'AND'. */
export type Orders_Bool_Exp = {
  _and?: InputMaybe<Array<Orders_Bool_Exp>>;
  _not?: InputMaybe<Orders_Bool_Exp>;
  _or?: InputMaybe<Array<Orders_Bool_Exp>>;
  after_delivery_tip?: InputMaybe<Order_Tips_Bool_Exp>;
  agent_assigned_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  approved_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  arrival_estimate?: InputMaybe<Timestamptz_Comparison_Exp>;
  arrival_estimate_base?: InputMaybe<Timestamptz_Comparison_Exp>;
  arrival_estimate_rest_seconds?: InputMaybe<Float8_Comparison_Exp>;
  assignment?: InputMaybe<Assignments_Bool_Exp>;
  cancelled_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  courier_note?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  customer?: InputMaybe<Users_Bool_Exp>;
  customer_id?: InputMaybe<Uuid_Comparison_Exp>;
  delivered_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  delivery_address?: InputMaybe<String_Comparison_Exp>;
  delivery_fee_cents?: InputMaybe<Int_Comparison_Exp>;
  discount_cents?: InputMaybe<Int_Comparison_Exp>;
  estimated_delivery_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  item_count?: InputMaybe<Int_Comparison_Exp>;
  items?: InputMaybe<Order_Items_Bool_Exp>;
  items_aggregate?: InputMaybe<Order_Items_Aggregate_Bool_Exp>;
  items_subtotal_cents?: InputMaybe<Int_Comparison_Exp>;
  messages?: InputMaybe<Order_Messages_Bool_Exp>;
  messages_aggregate?: InputMaybe<Order_Messages_Aggregate_Bool_Exp>;
  paid_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  payment_failed_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  payments?: InputMaybe<Payments_Bool_Exp>;
  payments_aggregate?: InputMaybe<Payments_Aggregate_Bool_Exp>;
  picked_up_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  promo_code?: InputMaybe<String_Comparison_Exp>;
  rejected_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  rejection_reason?: InputMaybe<String_Comparison_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  restaurant_rejected_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  service_fee_cents?: InputMaybe<Int_Comparison_Exp>;
  status?: InputMaybe<Order_Status_Comparison_Exp>;
  status_history?: InputMaybe<Order_Status_History_Bool_Exp>;
  status_history_aggregate?: InputMaybe<Order_Status_History_Aggregate_Bool_Exp>;
  tax_cents?: InputMaybe<Int_Comparison_Exp>;
  tax_rate_bps?: InputMaybe<Int_Comparison_Exp>;
  tip_cents?: InputMaybe<Int_Comparison_Exp>;
  total_cents?: InputMaybe<Int_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  validated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

export type Orders_Max_Order_By = {
  agent_assigned_at?: InputMaybe<Order_By>;
  approved_at?: InputMaybe<Order_By>;
  arrival_estimate_base?: InputMaybe<Order_By>;
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  cancelled_at?: InputMaybe<Order_By>;
  courier_note?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  delivered_at?: InputMaybe<Order_By>;
  delivery_address?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  estimated_delivery_at?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  paid_at?: InputMaybe<Order_By>;
  payment_failed_at?: InputMaybe<Order_By>;
  picked_up_at?: InputMaybe<Order_By>;
  promo_code?: InputMaybe<Order_By>;
  rejected_at?: InputMaybe<Order_By>;
  rejection_reason?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  restaurant_rejected_at?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
  validated_at?: InputMaybe<Order_By>;
};

export type Orders_Min_Order_By = {
  agent_assigned_at?: InputMaybe<Order_By>;
  approved_at?: InputMaybe<Order_By>;
  arrival_estimate_base?: InputMaybe<Order_By>;
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  cancelled_at?: InputMaybe<Order_By>;
  courier_note?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  delivered_at?: InputMaybe<Order_By>;
  delivery_address?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  estimated_delivery_at?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  paid_at?: InputMaybe<Order_By>;
  payment_failed_at?: InputMaybe<Order_By>;
  picked_up_at?: InputMaybe<Order_By>;
  promo_code?: InputMaybe<Order_By>;
  rejected_at?: InputMaybe<Order_By>;
  rejection_reason?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  restaurant_rejected_at?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
  validated_at?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "orders". */
export type Orders_Order_By = {
  after_delivery_tip?: InputMaybe<Order_Tips_Order_By>;
  agent_assigned_at?: InputMaybe<Order_By>;
  approved_at?: InputMaybe<Order_By>;
  arrival_estimate?: InputMaybe<Order_By>;
  arrival_estimate_base?: InputMaybe<Order_By>;
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  assignment?: InputMaybe<Assignments_Order_By>;
  cancelled_at?: InputMaybe<Order_By>;
  courier_note?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  customer?: InputMaybe<Users_Order_By>;
  customer_id?: InputMaybe<Order_By>;
  delivered_at?: InputMaybe<Order_By>;
  delivery_address?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  estimated_delivery_at?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  item_count?: InputMaybe<Order_By>;
  items_aggregate?: InputMaybe<Order_Items_Aggregate_Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  messages_aggregate?: InputMaybe<Order_Messages_Aggregate_Order_By>;
  paid_at?: InputMaybe<Order_By>;
  payment_failed_at?: InputMaybe<Order_By>;
  payments_aggregate?: InputMaybe<Payments_Aggregate_Order_By>;
  picked_up_at?: InputMaybe<Order_By>;
  promo_code?: InputMaybe<Order_By>;
  rejected_at?: InputMaybe<Order_By>;
  rejection_reason?: InputMaybe<Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  restaurant_rejected_at?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  status_history_aggregate?: InputMaybe<Order_Status_History_Aggregate_Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
  validated_at?: InputMaybe<Order_By>;
};

/** select columns of table "orders" */
export type Orders_Select_Column =
  /** column name */
  | 'agent_assigned_at'
  /** column name */
  | 'approved_at'
  /** column name */
  | 'arrival_estimate_base'
  /** column name */
  | 'arrival_estimate_rest_seconds'
  /** column name */
  | 'cancelled_at'
  /** column name */
  | 'courier_note'
  /** column name */
  | 'created_at'
  /** column name */
  | 'customer_id'
  /** column name */
  | 'delivered_at'
  /** column name */
  | 'delivery_address'
  /** column name */
  | 'delivery_fee_cents'
  /** column name */
  | 'discount_cents'
  /** column name */
  | 'estimated_delivery_at'
  /** column name */
  | 'id'
  /** column name */
  | 'items_subtotal_cents'
  /** column name */
  | 'paid_at'
  /** column name */
  | 'payment_failed_at'
  /** column name */
  | 'picked_up_at'
  /** column name */
  | 'promo_code'
  /** column name */
  | 'rejected_at'
  /** column name */
  | 'rejection_reason'
  /** column name */
  | 'restaurant_id'
  /** column name */
  | 'restaurant_rejected_at'
  /** column name */
  | 'service_fee_cents'
  /** column name */
  | 'status'
  /** column name */
  | 'tax_cents'
  /** column name */
  | 'tax_rate_bps'
  /** column name */
  | 'tip_cents'
  /** column name */
  | 'total_cents'
  /** column name */
  | 'updated_at'
  /** column name */
  | 'validated_at';

export type Orders_Stddev_Order_By = {
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
};

export type Orders_Stddev_Pop_Order_By = {
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
};

export type Orders_Stddev_Samp_Order_By = {
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "orders" */
export type Orders_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Orders_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Orders_Stream_Cursor_Value_Input = {
  agent_assigned_at?: InputMaybe<Scalars['timestamptz']['input']>;
  approved_at?: InputMaybe<Scalars['timestamptz']['input']>;
  arrival_estimate_base?: InputMaybe<Scalars['timestamptz']['input']>;
  arrival_estimate_rest_seconds?: InputMaybe<Scalars['float8']['input']>;
  cancelled_at?: InputMaybe<Scalars['timestamptz']['input']>;
  courier_note?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  customer_id?: InputMaybe<Scalars['uuid']['input']>;
  delivered_at?: InputMaybe<Scalars['timestamptz']['input']>;
  delivery_address?: InputMaybe<Scalars['String']['input']>;
  delivery_fee_cents?: InputMaybe<Scalars['Int']['input']>;
  discount_cents?: InputMaybe<Scalars['Int']['input']>;
  estimated_delivery_at?: InputMaybe<Scalars['timestamptz']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  items_subtotal_cents?: InputMaybe<Scalars['Int']['input']>;
  paid_at?: InputMaybe<Scalars['timestamptz']['input']>;
  payment_failed_at?: InputMaybe<Scalars['timestamptz']['input']>;
  picked_up_at?: InputMaybe<Scalars['timestamptz']['input']>;
  promo_code?: InputMaybe<Scalars['String']['input']>;
  rejected_at?: InputMaybe<Scalars['timestamptz']['input']>;
  rejection_reason?: InputMaybe<Scalars['String']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  restaurant_rejected_at?: InputMaybe<Scalars['timestamptz']['input']>;
  service_fee_cents?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['order_status']['input']>;
  tax_cents?: InputMaybe<Scalars['Int']['input']>;
  tax_rate_bps?: InputMaybe<Scalars['Int']['input']>;
  tip_cents?: InputMaybe<Scalars['Int']['input']>;
  total_cents?: InputMaybe<Scalars['Int']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
  validated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

export type Orders_Sum_Order_By = {
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
};

export type Orders_Var_Pop_Order_By = {
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
};

export type Orders_Var_Samp_Order_By = {
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
};

export type Orders_Variance_Order_By = {
  arrival_estimate_rest_seconds?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  items_subtotal_cents?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  tax_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  total_cents?: InputMaybe<Order_By>;
};

/** Boolean expression to compare columns of type "payment_status". All fields are combined with logical 'AND'. */
export type Payment_Status_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['payment_status']['input']>;
  _gt?: InputMaybe<Scalars['payment_status']['input']>;
  _gte?: InputMaybe<Scalars['payment_status']['input']>;
  _in?: InputMaybe<Array<Scalars['payment_status']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['payment_status']['input']>;
  _lte?: InputMaybe<Scalars['payment_status']['input']>;
  _neq?: InputMaybe<Scalars['payment_status']['input']>;
  _nin?: InputMaybe<Array<Scalars['payment_status']['input']>>;
};

export type Payments_Aggregate_Bool_Exp = {
  count?: InputMaybe<Payments_Aggregate_Bool_Exp_Count>;
};

export type Payments_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Payments_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Payments_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

export type Payments_Aggregate_Order_By = {
  avg?: InputMaybe<Payments_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Payments_Max_Order_By>;
  min?: InputMaybe<Payments_Min_Order_By>;
  stddev?: InputMaybe<Payments_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Payments_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Payments_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Payments_Sum_Order_By>;
  var_pop?: InputMaybe<Payments_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Payments_Var_Samp_Order_By>;
  variance?: InputMaybe<Payments_Variance_Order_By>;
};

export type Payments_Avg_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "payments". All fields are combined with a logical 'AND'. */
export type Payments_Bool_Exp = {
  _and?: InputMaybe<Array<Payments_Bool_Exp>>;
  _not?: InputMaybe<Payments_Bool_Exp>;
  _or?: InputMaybe<Array<Payments_Bool_Exp>>;
  amount_cents?: InputMaybe<Int_Comparison_Exp>;
  card_last4?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  failure_reason?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  provider_ref?: InputMaybe<String_Comparison_Exp>;
  status?: InputMaybe<Payment_Status_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

export type Payments_Max_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
  card_last4?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  failure_reason?: InputMaybe<Order_By>;
  provider_ref?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

export type Payments_Min_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
  card_last4?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  failure_reason?: InputMaybe<Order_By>;
  provider_ref?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "payments". */
export type Payments_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
  card_last4?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  failure_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  provider_ref?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** select columns of table "payments" */
export type Payments_Select_Column =
  /** column name */
  | 'amount_cents'
  /** column name */
  | 'card_last4'
  /** column name */
  | 'created_at'
  /** column name */
  | 'failure_reason'
  /** column name */
  | 'id'
  /** column name */
  | 'order_id'
  /** column name */
  | 'provider_ref'
  /** column name */
  | 'status'
  /** column name */
  | 'updated_at';

export type Payments_Stddev_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
};

export type Payments_Stddev_Pop_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
};

export type Payments_Stddev_Samp_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "payments" */
export type Payments_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Payments_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Payments_Stream_Cursor_Value_Input = {
  amount_cents?: InputMaybe<Scalars['Int']['input']>;
  card_last4?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  failure_reason?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  provider_ref?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['payment_status']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

export type Payments_Sum_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
};

export type Payments_Var_Pop_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
};

export type Payments_Var_Samp_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
};

export type Payments_Variance_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "processed_events". All fields are combined with a logical 'AND'. */
export type Processed_Events_Bool_Exp = {
  _and?: InputMaybe<Array<Processed_Events_Bool_Exp>>;
  _not?: InputMaybe<Processed_Events_Bool_Exp>;
  _or?: InputMaybe<Array<Processed_Events_Bool_Exp>>;
  event_id?: InputMaybe<String_Comparison_Exp>;
  processed_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  result?: InputMaybe<Jsonb_Comparison_Exp>;
  trigger_name?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "processed_events". */
export type Processed_Events_Order_By = {
  event_id?: InputMaybe<Order_By>;
  processed_at?: InputMaybe<Order_By>;
  result?: InputMaybe<Order_By>;
  trigger_name?: InputMaybe<Order_By>;
};

/** select columns of table "processed_events" */
export type Processed_Events_Select_Column =
  /** column name */
  | 'event_id'
  /** column name */
  | 'processed_at'
  /** column name */
  | 'result'
  /** column name */
  | 'trigger_name';

/** Streaming cursor of the table "processed_events" */
export type Processed_Events_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Processed_Events_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Processed_Events_Stream_Cursor_Value_Input = {
  event_id?: InputMaybe<Scalars['String']['input']>;
  processed_at?: InputMaybe<Scalars['timestamptz']['input']>;
  result?: InputMaybe<Scalars['jsonb']['input']>;
  trigger_name?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to filter rows from the table "promo_codes". All fields are combined with a logical 'AND'. */
export type Promo_Codes_Bool_Exp = {
  _and?: InputMaybe<Array<Promo_Codes_Bool_Exp>>;
  _not?: InputMaybe<Promo_Codes_Bool_Exp>;
  _or?: InputMaybe<Array<Promo_Codes_Bool_Exp>>;
  active?: InputMaybe<Boolean_Comparison_Exp>;
  amount_off_cents?: InputMaybe<Int_Comparison_Exp>;
  code?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  description?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<Int_Comparison_Exp>;
  min_subtotal_cents?: InputMaybe<Int_Comparison_Exp>;
  per_user_limit?: InputMaybe<Int_Comparison_Exp>;
  percent_off?: InputMaybe<Int_Comparison_Exp>;
  total_limit?: InputMaybe<Int_Comparison_Exp>;
  valid_from?: InputMaybe<Timestamptz_Comparison_Exp>;
  valid_until?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** Ordering options when selecting data from "promo_codes". */
export type Promo_Codes_Order_By = {
  active?: InputMaybe<Order_By>;
  amount_off_cents?: InputMaybe<Order_By>;
  code?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  description?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  min_subtotal_cents?: InputMaybe<Order_By>;
  per_user_limit?: InputMaybe<Order_By>;
  percent_off?: InputMaybe<Order_By>;
  total_limit?: InputMaybe<Order_By>;
  valid_from?: InputMaybe<Order_By>;
  valid_until?: InputMaybe<Order_By>;
};

/** select columns of table "promo_codes" */
export type Promo_Codes_Select_Column =
  /** column name */
  | 'active'
  /** column name */
  | 'amount_off_cents'
  /** column name */
  | 'code'
  /** column name */
  | 'created_at'
  /** column name */
  | 'description'
  /** column name */
  | 'id'
  /** column name */
  | 'min_subtotal_cents'
  /** column name */
  | 'per_user_limit'
  /** column name */
  | 'percent_off'
  /** column name */
  | 'total_limit'
  /** column name */
  | 'valid_from'
  /** column name */
  | 'valid_until';

/** Streaming cursor of the table "promo_codes" */
export type Promo_Codes_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Promo_Codes_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Promo_Codes_Stream_Cursor_Value_Input = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  amount_off_cents?: InputMaybe<Scalars['Int']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  min_subtotal_cents?: InputMaybe<Scalars['Int']['input']>;
  per_user_limit?: InputMaybe<Scalars['Int']['input']>;
  percent_off?: InputMaybe<Scalars['Int']['input']>;
  total_limit?: InputMaybe<Scalars['Int']['input']>;
  valid_from?: InputMaybe<Scalars['timestamptz']['input']>;
  valid_until?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** Boolean expression to filter rows from the table "promo_redemptions". All fields are combined with a logical 'AND'. */
export type Promo_Redemptions_Bool_Exp = {
  _and?: InputMaybe<Array<Promo_Redemptions_Bool_Exp>>;
  _not?: InputMaybe<Promo_Redemptions_Bool_Exp>;
  _or?: InputMaybe<Array<Promo_Redemptions_Bool_Exp>>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  customer_id?: InputMaybe<Uuid_Comparison_Exp>;
  discount_cents?: InputMaybe<Int_Comparison_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  promo_code?: InputMaybe<Promo_Codes_Bool_Exp>;
  promo_code_id?: InputMaybe<Int_Comparison_Exp>;
  released_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** Ordering options when selecting data from "promo_redemptions". */
export type Promo_Redemptions_Order_By = {
  created_at?: InputMaybe<Order_By>;
  customer_id?: InputMaybe<Order_By>;
  discount_cents?: InputMaybe<Order_By>;
  order_id?: InputMaybe<Order_By>;
  promo_code?: InputMaybe<Promo_Codes_Order_By>;
  promo_code_id?: InputMaybe<Order_By>;
  released_at?: InputMaybe<Order_By>;
};

/** select columns of table "promo_redemptions" */
export type Promo_Redemptions_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'customer_id'
  /** column name */
  | 'discount_cents'
  /** column name */
  | 'order_id'
  /** column name */
  | 'promo_code_id'
  /** column name */
  | 'released_at';

/** Streaming cursor of the table "promo_redemptions" */
export type Promo_Redemptions_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Promo_Redemptions_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Promo_Redemptions_Stream_Cursor_Value_Input = {
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  customer_id?: InputMaybe<Scalars['uuid']['input']>;
  discount_cents?: InputMaybe<Scalars['Int']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  promo_code_id?: InputMaybe<Scalars['Int']['input']>;
  released_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** Boolean expression to filter rows from the table "ratings". All fields are combined with a logical 'AND'. */
export type Ratings_Bool_Exp = {
  _and?: InputMaybe<Array<Ratings_Bool_Exp>>;
  _not?: InputMaybe<Ratings_Bool_Exp>;
  _or?: InputMaybe<Array<Ratings_Bool_Exp>>;
  agent?: InputMaybe<Agents_Bool_Exp>;
  agent_id?: InputMaybe<Int_Comparison_Exp>;
  comment?: InputMaybe<String_Comparison_Exp>;
  courier_stars?: InputMaybe<Int_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  restaurant_stars?: InputMaybe<Int_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** Ordering options when selecting data from "ratings". */
export type Ratings_Order_By = {
  agent?: InputMaybe<Agents_Order_By>;
  agent_id?: InputMaybe<Order_By>;
  comment?: InputMaybe<Order_By>;
  courier_stars?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  restaurant_stars?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** select columns of table "ratings" */
export type Ratings_Select_Column =
  /** column name */
  | 'agent_id'
  /** column name */
  | 'comment'
  /** column name */
  | 'courier_stars'
  /** column name */
  | 'created_at'
  /** column name */
  | 'order_id'
  /** column name */
  | 'restaurant_id'
  /** column name */
  | 'restaurant_stars'
  /** column name */
  | 'updated_at';

/** Streaming cursor of the table "ratings" */
export type Ratings_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Ratings_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Ratings_Stream_Cursor_Value_Input = {
  agent_id?: InputMaybe<Scalars['Int']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  courier_stars?: InputMaybe<Scalars['Int']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  restaurant_stars?: InputMaybe<Scalars['Int']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** Boolean expression to filter rows from the table "restaurant_opening_hours". All fields are combined with a logical 'AND'. */
export type Restaurant_Opening_Hours_Bool_Exp = {
  _and?: InputMaybe<Array<Restaurant_Opening_Hours_Bool_Exp>>;
  _not?: InputMaybe<Restaurant_Opening_Hours_Bool_Exp>;
  _or?: InputMaybe<Array<Restaurant_Opening_Hours_Bool_Exp>>;
  closes_at?: InputMaybe<Time_Comparison_Exp>;
  id?: InputMaybe<Int_Comparison_Exp>;
  opens_at?: InputMaybe<Time_Comparison_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  weekday?: InputMaybe<Smallint_Comparison_Exp>;
};

/** Ordering options when selecting data from "restaurant_opening_hours". */
export type Restaurant_Opening_Hours_Order_By = {
  closes_at?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  opens_at?: InputMaybe<Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  weekday?: InputMaybe<Order_By>;
};

/** select columns of table "restaurant_opening_hours" */
export type Restaurant_Opening_Hours_Select_Column =
  /** column name */
  | 'closes_at'
  /** column name */
  | 'id'
  /** column name */
  | 'opens_at'
  /** column name */
  | 'restaurant_id'
  /** column name */
  | 'weekday';

/** Streaming cursor of the table "restaurant_opening_hours" */
export type Restaurant_Opening_Hours_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Restaurant_Opening_Hours_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Restaurant_Opening_Hours_Stream_Cursor_Value_Input = {
  closes_at?: InputMaybe<Scalars['time']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  opens_at?: InputMaybe<Scalars['time']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  weekday?: InputMaybe<Scalars['smallint']['input']>;
};

/** Boolean expression to filter rows from the table "restaurant_ratings". All fields are combined with a logical 'AND'. */
export type Restaurant_Ratings_Bool_Exp = {
  _and?: InputMaybe<Array<Restaurant_Ratings_Bool_Exp>>;
  _not?: InputMaybe<Restaurant_Ratings_Bool_Exp>;
  _or?: InputMaybe<Array<Restaurant_Ratings_Bool_Exp>>;
  average_stars?: InputMaybe<Numeric_Comparison_Exp>;
  ratings_count?: InputMaybe<Int_Comparison_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
};

/** Ordering options when selecting data from "restaurant_ratings". */
export type Restaurant_Ratings_Order_By = {
  average_stars?: InputMaybe<Order_By>;
  ratings_count?: InputMaybe<Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
};

/** select columns of table "restaurant_ratings" */
export type Restaurant_Ratings_Select_Column =
  /** column name */
  | 'average_stars'
  /** column name */
  | 'ratings_count'
  /** column name */
  | 'restaurant_id';

/** Streaming cursor of the table "restaurant_ratings" */
export type Restaurant_Ratings_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Restaurant_Ratings_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Restaurant_Ratings_Stream_Cursor_Value_Input = {
  average_stars?: InputMaybe<Scalars['numeric']['input']>;
  ratings_count?: InputMaybe<Scalars['Int']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
};

/** Boolean expression to filter rows from the table "restaurants". All fields are combined with a logical 'AND'. */
export type Restaurants_Bool_Exp = {
  _and?: InputMaybe<Array<Restaurants_Bool_Exp>>;
  _not?: InputMaybe<Restaurants_Bool_Exp>;
  _or?: InputMaybe<Array<Restaurants_Bool_Exp>>;
  arrival_estimate_seconds?: InputMaybe<Int_Comparison_Exp>;
  auto_approve?: InputMaybe<Boolean_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  cuisine?: InputMaybe<String_Comparison_Exp>;
  delivery_fee_cents?: InputMaybe<Int_Comparison_Exp>;
  description?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<Int_Comparison_Exp>;
  is_open?: InputMaybe<Boolean_Comparison_Exp>;
  menu_items?: InputMaybe<Menu_Items_Bool_Exp>;
  menu_items_aggregate?: InputMaybe<Menu_Items_Aggregate_Bool_Exp>;
  name?: InputMaybe<String_Comparison_Exp>;
  orders?: InputMaybe<Orders_Bool_Exp>;
  orders_aggregate?: InputMaybe<Orders_Aggregate_Bool_Exp>;
  rating?: InputMaybe<Restaurant_Ratings_Bool_Exp>;
  service_fee_cents?: InputMaybe<Int_Comparison_Exp>;
  staff?: InputMaybe<Users_Bool_Exp>;
  staff_aggregate?: InputMaybe<Users_Aggregate_Bool_Exp>;
  tax_rate_bps?: InputMaybe<Int_Comparison_Exp>;
};

/** Ordering options when selecting data from "restaurants". */
export type Restaurants_Order_By = {
  arrival_estimate_seconds?: InputMaybe<Order_By>;
  auto_approve?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  cuisine?: InputMaybe<Order_By>;
  delivery_fee_cents?: InputMaybe<Order_By>;
  description?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  is_open?: InputMaybe<Order_By>;
  menu_items_aggregate?: InputMaybe<Menu_Items_Aggregate_Order_By>;
  name?: InputMaybe<Order_By>;
  orders_aggregate?: InputMaybe<Orders_Aggregate_Order_By>;
  rating?: InputMaybe<Restaurant_Ratings_Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  staff_aggregate?: InputMaybe<Users_Aggregate_Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
};

/** select columns of table "restaurants" */
export type Restaurants_Select_Column =
  /** column name */
  | 'auto_approve'
  /** column name */
  | 'created_at'
  /** column name */
  | 'cuisine'
  /** column name */
  | 'delivery_fee_cents'
  /** column name */
  | 'description'
  /** column name */
  | 'id'
  /** column name */
  | 'is_open'
  /** column name */
  | 'name'
  /** column name */
  | 'service_fee_cents'
  /** column name */
  | 'tax_rate_bps';

/** Streaming cursor of the table "restaurants" */
export type Restaurants_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Restaurants_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Restaurants_Stream_Cursor_Value_Input = {
  auto_approve?: InputMaybe<Scalars['Boolean']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  cuisine?: InputMaybe<Scalars['String']['input']>;
  delivery_fee_cents?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  is_open?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  service_fee_cents?: InputMaybe<Scalars['Int']['input']>;
  tax_rate_bps?: InputMaybe<Scalars['Int']['input']>;
};

export type Search_Menu_Args = {
  query?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to compare columns of type "smallint". All fields are combined with logical 'AND'. */
export type Smallint_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['smallint']['input']>;
  _gt?: InputMaybe<Scalars['smallint']['input']>;
  _gte?: InputMaybe<Scalars['smallint']['input']>;
  _in?: InputMaybe<Array<Scalars['smallint']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['smallint']['input']>;
  _lte?: InputMaybe<Scalars['smallint']['input']>;
  _neq?: InputMaybe<Scalars['smallint']['input']>;
  _nin?: InputMaybe<Array<Scalars['smallint']['input']>>;
};

/** Boolean expression to compare columns of type "time". All fields are combined with logical 'AND'. */
export type Time_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['time']['input']>;
  _gt?: InputMaybe<Scalars['time']['input']>;
  _gte?: InputMaybe<Scalars['time']['input']>;
  _in?: InputMaybe<Array<Scalars['time']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['time']['input']>;
  _lte?: InputMaybe<Scalars['time']['input']>;
  _neq?: InputMaybe<Scalars['time']['input']>;
  _nin?: InputMaybe<Array<Scalars['time']['input']>>;
};

/** Boolean expression to compare columns of type "timestamptz". All fields are combined with logical 'AND'. */
export type Timestamptz_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['timestamptz']['input']>;
  _gt?: InputMaybe<Scalars['timestamptz']['input']>;
  _gte?: InputMaybe<Scalars['timestamptz']['input']>;
  _in?: InputMaybe<Array<Scalars['timestamptz']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['timestamptz']['input']>;
  _lte?: InputMaybe<Scalars['timestamptz']['input']>;
  _neq?: InputMaybe<Scalars['timestamptz']['input']>;
  _nin?: InputMaybe<Array<Scalars['timestamptz']['input']>>;
};

/** Boolean expression to compare columns of type "user_role". All fields are combined with logical 'AND'. */
export type User_Role_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['user_role']['input']>;
  _gt?: InputMaybe<Scalars['user_role']['input']>;
  _gte?: InputMaybe<Scalars['user_role']['input']>;
  _in?: InputMaybe<Array<Scalars['user_role']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['user_role']['input']>;
  _lte?: InputMaybe<Scalars['user_role']['input']>;
  _neq?: InputMaybe<Scalars['user_role']['input']>;
  _nin?: InputMaybe<Array<Scalars['user_role']['input']>>;
};

export type Users_Aggregate_Bool_Exp = {
  count?: InputMaybe<Users_Aggregate_Bool_Exp_Count>;
};

export type Users_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Users_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Users_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

export type Users_Aggregate_Order_By = {
  avg?: InputMaybe<Users_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Users_Max_Order_By>;
  min?: InputMaybe<Users_Min_Order_By>;
  stddev?: InputMaybe<Users_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Users_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Users_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Users_Sum_Order_By>;
  var_pop?: InputMaybe<Users_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Users_Var_Samp_Order_By>;
  variance?: InputMaybe<Users_Variance_Order_By>;
};

export type Users_Avg_Order_By = {
  restaurant_id?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "users". All fields are combined with a logical 'AND'. */
export type Users_Bool_Exp = {
  _and?: InputMaybe<Array<Users_Bool_Exp>>;
  _not?: InputMaybe<Users_Bool_Exp>;
  _or?: InputMaybe<Array<Users_Bool_Exp>>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  orders?: InputMaybe<Orders_Bool_Exp>;
  orders_aggregate?: InputMaybe<Orders_Aggregate_Bool_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  role?: InputMaybe<User_Role_Comparison_Exp>;
  username?: InputMaybe<String_Comparison_Exp>;
};

export type Users_Max_Order_By = {
  created_at?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  role?: InputMaybe<Order_By>;
  username?: InputMaybe<Order_By>;
};

export type Users_Min_Order_By = {
  created_at?: InputMaybe<Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  role?: InputMaybe<Order_By>;
  username?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "users". */
export type Users_Order_By = {
  created_at?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  orders_aggregate?: InputMaybe<Orders_Aggregate_Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  role?: InputMaybe<Order_By>;
  username?: InputMaybe<Order_By>;
};

/** select columns of table "users" */
export type Users_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'id'
  /** column name */
  | 'restaurant_id'
  /** column name */
  | 'role'
  /** column name */
  | 'username';

export type Users_Stddev_Order_By = {
  restaurant_id?: InputMaybe<Order_By>;
};

export type Users_Stddev_Pop_Order_By = {
  restaurant_id?: InputMaybe<Order_By>;
};

export type Users_Stddev_Samp_Order_By = {
  restaurant_id?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "users" */
export type Users_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Users_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Users_Stream_Cursor_Value_Input = {
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['user_role']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type Users_Sum_Order_By = {
  restaurant_id?: InputMaybe<Order_By>;
};

export type Users_Var_Pop_Order_By = {
  restaurant_id?: InputMaybe<Order_By>;
};

export type Users_Var_Samp_Order_By = {
  restaurant_id?: InputMaybe<Order_By>;
};

export type Users_Variance_Order_By = {
  restaurant_id?: InputMaybe<Order_By>;
};

/** Boolean expression to compare columns of type "uuid". All fields are combined with logical 'AND'. */
export type Uuid_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['uuid']['input']>;
  _gt?: InputMaybe<Scalars['uuid']['input']>;
  _gte?: InputMaybe<Scalars['uuid']['input']>;
  _in?: InputMaybe<Array<Scalars['uuid']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['uuid']['input']>;
  _lte?: InputMaybe<Scalars['uuid']['input']>;
  _neq?: InputMaybe<Scalars['uuid']['input']>;
  _nin?: InputMaybe<Array<Scalars['uuid']['input']>>;
};

export type DashboardLoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type DashboardLoginMutation = { __typename?: 'mutation_root', login: { __typename?: 'AuthResult', token: string } | null };

export type DashboardConversationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardConversationsSubscription = { __typename?: 'subscription_root', analytics_conversations: Array<{ __typename?: 'analytics_conversations', messages_last_hour: number | null, messages_last_day: number | null, median_first_reply_seconds: number | string | null, kitchen_replies_last_day: number | null }> };

export type DashboardArrivalEstimatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardArrivalEstimatesSubscription = { __typename?: 'subscription_root', analytics_arrival_estimates: Array<{ __typename?: 'analytics_arrival_estimates', period_start: string | null, period_end: string | null, delivered_orders: number | null, error_p50_seconds: any | null, error_p90_seconds: any | null, lateness_p50_seconds: any | null }> };

export type DashboardDeadEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardDeadEventsSubscription = { __typename?: 'subscription_root', analytics_dead_events: Array<{ __typename?: 'analytics_dead_events', event_id: string | null, trigger_name: string | null, table_name: string | null, order_id: string | null, created_at: string | null, tries: number | null, last_error: string | null, last_error_status: number | null, last_attempt_at: string | null }> };

export type TriggerHealthFieldsFragment = { __typename?: 'analytics_event_delivery_health', trigger_name: string | null, pending: number | null, retrying: number | null, failed: number | null, oldest_pending_at: string | null, last_error: string | null, last_error_status: number | null, last_error_at: string | null } & { ' $fragmentName'?: 'TriggerHealthFieldsFragment' };

export type DashboardEventHealthSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardEventHealthSubscription = { __typename?: 'subscription_root', analytics_event_delivery_health: Array<(
    { __typename?: 'analytics_event_delivery_health' }
    & { ' $fragmentRefs'?: { 'TriggerHealthFieldsFragment': TriggerHealthFieldsFragment } }
  )> };

export type FeedEntryFieldsFragment = { __typename?: 'order_status_history', id: number | string, order_id: string, from_status: OrderStatus | null, to_status: OrderStatus, changed_at: string, order: { __typename?: 'orders', id: string, total_cents: number | null, item_count: number | null, restaurant: { __typename?: 'restaurants', id: number, name: string } } } & { ' $fragmentName'?: 'FeedEntryFieldsFragment' };

export type DashboardFeedSeedQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
}>;


export type DashboardFeedSeedQuery = { __typename?: 'query_root', order_status_history: Array<(
    { __typename?: 'order_status_history' }
    & { ' $fragmentRefs'?: { 'FeedEntryFieldsFragment': FeedEntryFieldsFragment } }
  )> };

export type DashboardFeedStreamSubscriptionVariables = Exact<{
  after: Scalars['bigint']['input'];
  batchSize: Scalars['Int']['input'];
}>;


export type DashboardFeedStreamSubscription = { __typename?: 'subscription_root', order_status_history_stream: Array<(
    { __typename?: 'order_status_history' }
    & { ' $fragmentRefs'?: { 'FeedEntryFieldsFragment': FeedEntryFieldsFragment } }
  )> };

export type FunnelStageFieldsFragment = { __typename?: 'analytics_funnel', position: number | null, stage: string | null, reached: number | null, waiting: number | null, dropped: number | null, conversion_from_previous: number | string | null, conversion_from_placed: number | string | null } & { ' $fragmentName'?: 'FunnelStageFieldsFragment' };

export type FunnelBranchFieldsFragment = { __typename?: 'analytics_funnel_branches', position: number | null, from_stage: string | null, outcome: string | null, orders: number | null } & { ' $fragmentName'?: 'FunnelBranchFieldsFragment' };

export type DashboardFunnelSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardFunnelSubscription = { __typename?: 'subscription_root', analytics_funnel: Array<(
    { __typename?: 'analytics_funnel' }
    & { ' $fragmentRefs'?: { 'FunnelStageFieldsFragment': FunnelStageFieldsFragment } }
  )> };

export type DashboardFunnelBranchesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardFunnelBranchesSubscription = { __typename?: 'subscription_root', analytics_funnel_branches: Array<(
    { __typename?: 'analytics_funnel_branches' }
    & { ' $fragmentRefs'?: { 'FunnelBranchFieldsFragment': FunnelBranchFieldsFragment } }
  )> };

export type KpiFieldsFragment = { __typename?: 'analytics_kpis', orders_today: number | null, in_flight: number | null, delivered_today: number | null, failed_today: number | null, payment_failures_today: number | null, paid_orders_today: number | null, revenue_today_cents: number | string | null, average_basket_cents: number | null } & { ' $fragmentName'?: 'KpiFieldsFragment' };

export type DashboardKpisSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardKpisSubscription = { __typename?: 'subscription_root', analytics_kpis: Array<(
    { __typename?: 'analytics_kpis' }
    & { ' $fragmentRefs'?: { 'KpiFieldsFragment': KpiFieldsFragment } }
  )> };

export type StageLatencyFieldsFragment = { __typename?: 'analytics_stage_latency', position: number | null, stage: string | null, samples: number | null, p50_seconds: number | string | null, p95_seconds: number | string | null, avg_seconds: number | string | null } & { ' $fragmentName'?: 'StageLatencyFieldsFragment' };

export type DashboardStageLatencySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardStageLatencySubscription = { __typename?: 'subscription_root', analytics_stage_latency: Array<(
    { __typename?: 'analytics_stage_latency' }
    & { ' $fragmentRefs'?: { 'StageLatencyFieldsFragment': StageLatencyFieldsFragment } }
  )> };

export type DashboardTipsAndPromosSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardTipsAndPromosSubscription = { __typename?: 'subscription_root', analytics_tips_and_promos: Array<{ __typename?: 'analytics_tips_and_promos', period_start: string | null, period_end: string | null, paid_orders: number | string | null, tipped_orders: number | string | null, average_tip_cents: number | null, average_tip_when_tipped_cents: number | null, promo_orders: number | string | null, promo_discount_cents: number | string | null, tipped_after_delivery_orders: number | string | null }> };

export type RatedRestaurantFieldsFragment = { __typename?: 'restaurant_ratings', restaurant_id: number | null, average_stars: number | string | null, ratings_count: number | null, restaurant: { __typename?: 'restaurants', name: string } | null } & { ' $fragmentName'?: 'RatedRestaurantFieldsFragment' };

export type DashboardRatingsSubscriptionVariables = Exact<{
  limit: Scalars['Int']['input'];
}>;


export type DashboardRatingsSubscription = { __typename?: 'subscription_root', restaurant_ratings: Array<(
    { __typename?: 'restaurant_ratings' }
    & { ' $fragmentRefs'?: { 'RatedRestaurantFieldsFragment': RatedRestaurantFieldsFragment } }
  )> };

export type RestaurantFiguresFieldsFragment = { __typename?: 'analytics_restaurants', restaurant_id: number | null, name: string | null, is_open: boolean | null, auto_approve: boolean | null, orders_today: number | null, in_flight: number | null, revenue_today_cents: number | string | null, approved_today: number | null, rejected_today: number | null, rejection_rate: number | string | null, avg_approval_seconds: number | string | null } & { ' $fragmentName'?: 'RestaurantFiguresFieldsFragment' };

export type DashboardRestaurantsSubscriptionVariables = Exact<{
  limit: Scalars['Int']['input'];
}>;


export type DashboardRestaurantsSubscription = { __typename?: 'subscription_root', analytics_restaurants: Array<(
    { __typename?: 'analytics_restaurants' }
    & { ' $fragmentRefs'?: { 'RestaurantFiguresFieldsFragment': RestaurantFiguresFieldsFragment } }
  )> };

export type ThroughputBucketFieldsFragment = { __typename?: 'analytics_throughput', bucket_start: string | null, placed: number | null, delivered: number | null, failed: number | null } & { ' $fragmentName'?: 'ThroughputBucketFieldsFragment' };

export type DashboardThroughputSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardThroughputSubscription = { __typename?: 'subscription_root', analytics_throughput: Array<(
    { __typename?: 'analytics_throughput' }
    & { ' $fragmentRefs'?: { 'ThroughputBucketFieldsFragment': ThroughputBucketFieldsFragment } }
  )> };

export const TriggerHealthFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriggerHealthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_event_delivery_health"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger_name"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"retrying"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"oldest_pending_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_error"}},{"kind":"Field","name":{"kind":"Name","value":"last_error_status"}},{"kind":"Field","name":{"kind":"Name","value":"last_error_at"}}]}}]} as unknown as DocumentNode<TriggerHealthFieldsFragment, unknown>;
export const FeedEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"order_status_history"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"from_status"}},{"kind":"Field","name":{"kind":"Name","value":"to_status"}},{"kind":"Field","name":{"kind":"Name","value":"changed_at"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"item_count"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FeedEntryFieldsFragment, unknown>;
export const FunnelStageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelStageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_funnel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"dropped"}},{"kind":"Field","name":{"kind":"Name","value":"conversion_from_previous"}},{"kind":"Field","name":{"kind":"Name","value":"conversion_from_placed"}}]}}]} as unknown as DocumentNode<FunnelStageFieldsFragment, unknown>;
export const FunnelBranchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_funnel_branches"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"from_stage"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}}]}}]} as unknown as DocumentNode<FunnelBranchFieldsFragment, unknown>;
export const KpiFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_kpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders_today"}},{"kind":"Field","name":{"kind":"Name","value":"in_flight"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_today"}},{"kind":"Field","name":{"kind":"Name","value":"failed_today"}},{"kind":"Field","name":{"kind":"Name","value":"payment_failures_today"}},{"kind":"Field","name":{"kind":"Name","value":"paid_orders_today"}},{"kind":"Field","name":{"kind":"Name","value":"revenue_today_cents"}},{"kind":"Field","name":{"kind":"Name","value":"average_basket_cents"}}]}}]} as unknown as DocumentNode<KpiFieldsFragment, unknown>;
export const StageLatencyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageLatencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_stage_latency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"p50_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p95_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"avg_seconds"}}]}}]} as unknown as DocumentNode<StageLatencyFieldsFragment, unknown>;
export const RatedRestaurantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatedRestaurantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"restaurant_ratings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_id"}},{"kind":"Field","name":{"kind":"Name","value":"average_stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratings_count"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RatedRestaurantFieldsFragment, unknown>;
export const RestaurantFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_restaurants"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"is_open"}},{"kind":"Field","name":{"kind":"Name","value":"auto_approve"}},{"kind":"Field","name":{"kind":"Name","value":"orders_today"}},{"kind":"Field","name":{"kind":"Name","value":"in_flight"}},{"kind":"Field","name":{"kind":"Name","value":"revenue_today_cents"}},{"kind":"Field","name":{"kind":"Name","value":"approved_today"}},{"kind":"Field","name":{"kind":"Name","value":"rejected_today"}},{"kind":"Field","name":{"kind":"Name","value":"rejection_rate"}},{"kind":"Field","name":{"kind":"Name","value":"avg_approval_seconds"}}]}}]} as unknown as DocumentNode<RestaurantFiguresFieldsFragment, unknown>;
export const ThroughputBucketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThroughputBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_throughput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket_start"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]} as unknown as DocumentNode<ThroughputBucketFieldsFragment, unknown>;
export const DashboardLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<DashboardLoginMutation, DashboardLoginMutationVariables>;
export const DashboardConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_conversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages_last_hour"}},{"kind":"Field","name":{"kind":"Name","value":"messages_last_day"}},{"kind":"Field","name":{"kind":"Name","value":"median_first_reply_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"kitchen_replies_last_day"}}]}}]}}]} as unknown as DocumentNode<DashboardConversationsSubscription, DashboardConversationsSubscriptionVariables>;
export const DashboardArrivalEstimatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardArrivalEstimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_arrival_estimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period_start"}},{"kind":"Field","name":{"kind":"Name","value":"period_end"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_orders"}},{"kind":"Field","name":{"kind":"Name","value":"error_p50_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"error_p90_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"lateness_p50_seconds"}}]}}]}}]} as unknown as DocumentNode<DashboardArrivalEstimatesSubscription, DashboardArrivalEstimatesSubscriptionVariables>;
export const DashboardDeadEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardDeadEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_dead_events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event_id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger_name"}},{"kind":"Field","name":{"kind":"Name","value":"table_name"}},{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"tries"}},{"kind":"Field","name":{"kind":"Name","value":"last_error"}},{"kind":"Field","name":{"kind":"Name","value":"last_error_status"}},{"kind":"Field","name":{"kind":"Name","value":"last_attempt_at"}}]}}]}}]} as unknown as DocumentNode<DashboardDeadEventsSubscription, DashboardDeadEventsSubscriptionVariables>;
export const DashboardEventHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardEventHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_event_delivery_health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"trigger_name"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriggerHealthFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriggerHealthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_event_delivery_health"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger_name"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"retrying"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"oldest_pending_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_error"}},{"kind":"Field","name":{"kind":"Name","value":"last_error_status"}},{"kind":"Field","name":{"kind":"Name","value":"last_error_at"}}]}}]} as unknown as DocumentNode<DashboardEventHealthSubscription, DashboardEventHealthSubscriptionVariables>;
export const DashboardFeedSeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardFeedSeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_status_history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"order_status_history"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"from_status"}},{"kind":"Field","name":{"kind":"Name","value":"to_status"}},{"kind":"Field","name":{"kind":"Name","value":"changed_at"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"item_count"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardFeedSeedQuery, DashboardFeedSeedQueryVariables>;
export const DashboardFeedStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardFeedStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"bigint"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_status_history_stream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batch_size"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"cursor"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"initial_value"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"ordering"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"order_status_history"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"from_status"}},{"kind":"Field","name":{"kind":"Name","value":"to_status"}},{"kind":"Field","name":{"kind":"Name","value":"changed_at"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"item_count"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardFeedStreamSubscription, DashboardFeedStreamSubscriptionVariables>;
export const DashboardFunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardFunnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FunnelStageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelStageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_funnel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"dropped"}},{"kind":"Field","name":{"kind":"Name","value":"conversion_from_previous"}},{"kind":"Field","name":{"kind":"Name","value":"conversion_from_placed"}}]}}]} as unknown as DocumentNode<DashboardFunnelSubscription, DashboardFunnelSubscriptionVariables>;
export const DashboardFunnelBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardFunnelBranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_funnel_branches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FunnelBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_funnel_branches"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"from_stage"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}}]}}]} as unknown as DocumentNode<DashboardFunnelBranchesSubscription, DashboardFunnelBranchesSubscriptionVariables>;
export const DashboardKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_kpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders_today"}},{"kind":"Field","name":{"kind":"Name","value":"in_flight"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_today"}},{"kind":"Field","name":{"kind":"Name","value":"failed_today"}},{"kind":"Field","name":{"kind":"Name","value":"payment_failures_today"}},{"kind":"Field","name":{"kind":"Name","value":"paid_orders_today"}},{"kind":"Field","name":{"kind":"Name","value":"revenue_today_cents"}},{"kind":"Field","name":{"kind":"Name","value":"average_basket_cents"}}]}}]} as unknown as DocumentNode<DashboardKpisSubscription, DashboardKpisSubscriptionVariables>;
export const DashboardStageLatencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardStageLatency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_stage_latency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageLatencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageLatencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_stage_latency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"p50_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p95_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"avg_seconds"}}]}}]} as unknown as DocumentNode<DashboardStageLatencySubscription, DashboardStageLatencySubscriptionVariables>;
export const DashboardTipsAndPromosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardTipsAndPromos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_tips_and_promos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period_start"}},{"kind":"Field","name":{"kind":"Name","value":"period_end"}},{"kind":"Field","name":{"kind":"Name","value":"paid_orders"}},{"kind":"Field","name":{"kind":"Name","value":"tipped_orders"}},{"kind":"Field","name":{"kind":"Name","value":"average_tip_cents"}},{"kind":"Field","name":{"kind":"Name","value":"average_tip_when_tipped_cents"}},{"kind":"Field","name":{"kind":"Name","value":"promo_orders"}},{"kind":"Field","name":{"kind":"Name","value":"promo_discount_cents"}},{"kind":"Field","name":{"kind":"Name","value":"tipped_after_delivery_orders"}}]}}]}}]} as unknown as DocumentNode<DashboardTipsAndPromosSubscription, DashboardTipsAndPromosSubscriptionVariables>;
export const DashboardRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_ratings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"average_stars"},"value":{"kind":"EnumValue","value":"desc_nulls_last"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ratings_count"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"restaurant_id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatedRestaurantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatedRestaurantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"restaurant_ratings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_id"}},{"kind":"Field","name":{"kind":"Name","value":"average_stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratings_count"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardRatingsSubscription, DashboardRatingsSubscriptionVariables>;
export const DashboardRestaurantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardRestaurants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_restaurants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"orders_today"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"revenue_today_cents"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"restaurant_id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestaurantFiguresFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_restaurants"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"is_open"}},{"kind":"Field","name":{"kind":"Name","value":"auto_approve"}},{"kind":"Field","name":{"kind":"Name","value":"orders_today"}},{"kind":"Field","name":{"kind":"Name","value":"in_flight"}},{"kind":"Field","name":{"kind":"Name","value":"revenue_today_cents"}},{"kind":"Field","name":{"kind":"Name","value":"approved_today"}},{"kind":"Field","name":{"kind":"Name","value":"rejected_today"}},{"kind":"Field","name":{"kind":"Name","value":"rejection_rate"}},{"kind":"Field","name":{"kind":"Name","value":"avg_approval_seconds"}}]}}]} as unknown as DocumentNode<DashboardRestaurantsSubscription, DashboardRestaurantsSubscriptionVariables>;
export const DashboardThroughputDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardThroughput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics_throughput"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bucket_start"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThroughputBucketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThroughputBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"analytics_throughput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket_start"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]} as unknown as DocumentNode<DashboardThroughputSubscription, DashboardThroughputSubscriptionVariables>;