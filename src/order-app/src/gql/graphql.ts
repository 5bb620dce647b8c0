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
  jsonb: { input: any; output: any; }
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
  id?: InputMaybe<Int_Comparison_Exp>;
  is_available?: InputMaybe<Boolean_Comparison_Exp>;
  name?: InputMaybe<String_Comparison_Exp>;
  user?: InputMaybe<Users_Bool_Exp>;
};

/** Ordering options when selecting data from "agents". */
export type Agents_Order_By = {
  id?: InputMaybe<Order_By>;
  is_available?: InputMaybe<Order_By>;
  name?: InputMaybe<Order_By>;
  user?: InputMaybe<Users_Order_By>;
};

/** select columns of table "agents" */
export type Agents_Select_Column =
  /** column name */
  | 'id'
  /** column name */
  | 'is_available'
  /** column name */
  | 'name';

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

/** Boolean expression to filter rows from the table "customer_addresses". All fields are combined with a logical 'AND'. */
export type Customer_Addresses_Bool_Exp = {
  _and?: InputMaybe<Array<Customer_Addresses_Bool_Exp>>;
  _not?: InputMaybe<Customer_Addresses_Bool_Exp>;
  _or?: InputMaybe<Array<Customer_Addresses_Bool_Exp>>;
  address?: InputMaybe<String_Comparison_Exp>;
  courier_note?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  customer?: InputMaybe<Users_Bool_Exp>;
  customer_id?: InputMaybe<Uuid_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  is_default?: InputMaybe<Boolean_Comparison_Exp>;
  label?: InputMaybe<String_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** unique or primary key constraints on table "customer_addresses" */
export type Customer_Addresses_Constraint =
  | 'customer_addresses_pkey';

/** input type for inserting data into table "customer_addresses" */
export type Customer_Addresses_Insert_Input = {
  address?: InputMaybe<Scalars['String']['input']>;
  courier_note?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  is_default?: InputMaybe<Scalars['Boolean']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
};

/** on_conflict condition type for table "customer_addresses" */
export type Customer_Addresses_On_Conflict = {
  constraint: Customer_Addresses_Constraint;
  update_columns?: Array<Customer_Addresses_Update_Column>;
  where?: InputMaybe<Customer_Addresses_Bool_Exp>;
};

/** Ordering options when selecting data from "customer_addresses". */
export type Customer_Addresses_Order_By = {
  address?: InputMaybe<Order_By>;
  courier_note?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  customer?: InputMaybe<Users_Order_By>;
  customer_id?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  is_default?: InputMaybe<Order_By>;
  label?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** primary key columns input for table: customer_addresses */
export type Customer_Addresses_Pk_Columns_Input = {
  id: Scalars['uuid']['input'];
};

/** select columns of table "customer_addresses" */
export type Customer_Addresses_Select_Column =
  /** column name */
  | 'address'
  /** column name */
  | 'courier_note'
  /** column name */
  | 'created_at'
  /** column name */
  | 'customer_id'
  /** column name */
  | 'id'
  /** column name */
  | 'is_default'
  /** column name */
  | 'label'
  /** column name */
  | 'updated_at';

export type Customer_Addresses_Set_Input = {
  address?: InputMaybe<Scalars['String']['input']>;
  courier_note?: InputMaybe<Scalars['String']['input']>;
  is_default?: InputMaybe<Scalars['Boolean']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
};

/** Streaming cursor of the table "customer_addresses" */
export type Customer_Addresses_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Customer_Addresses_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Customer_Addresses_Stream_Cursor_Value_Input = {
  address?: InputMaybe<Scalars['String']['input']>;
  courier_note?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  customer_id?: InputMaybe<Scalars['uuid']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  is_default?: InputMaybe<Scalars['Boolean']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** update columns of table "customer_addresses" */
export type Customer_Addresses_Update_Column =
  /** column name */
  | 'address'
  /** column name */
  | 'courier_note'
  /** column name */
  | 'is_default'
  /** column name */
  | 'label';

export type Customer_Addresses_Updates = {
  _set?: InputMaybe<Customer_Addresses_Set_Input>;
  /** filter the rows which have to be updated */
  where: Customer_Addresses_Bool_Exp;
};

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

/** input type for inserting data into table "menu_item_tags" */
export type Menu_Item_Tags_Insert_Input = {
  menu_item_id?: InputMaybe<Scalars['Int']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
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

export type Menu_Items_Inc_Input = {
  price_cents?: InputMaybe<Scalars['Int']['input']>;
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

/** primary key columns input for table: menu_items */
export type Menu_Items_Pk_Columns_Input = {
  id: Scalars['Int']['input'];
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

export type Menu_Items_Set_Input = {
  is_available?: InputMaybe<Scalars['Boolean']['input']>;
  price_cents?: InputMaybe<Scalars['Int']['input']>;
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

export type Menu_Items_Updates = {
  _inc?: InputMaybe<Menu_Items_Inc_Input>;
  _set?: InputMaybe<Menu_Items_Set_Input>;
  /** filter the rows which have to be updated */
  where: Menu_Items_Bool_Exp;
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

/** Boolean expression to filter rows from the table "notifications". All fields are combined with a logical 'AND'. */
export type Notifications_Bool_Exp = {
  _and?: InputMaybe<Array<Notifications_Bool_Exp>>;
  _not?: InputMaybe<Notifications_Bool_Exp>;
  _or?: InputMaybe<Array<Notifications_Bool_Exp>>;
  body?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  kind?: InputMaybe<String_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  read_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  title?: InputMaybe<String_Comparison_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
};

/** Ordering options when selecting data from "notifications". */
export type Notifications_Order_By = {
  body?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  kind?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  read_at?: InputMaybe<Order_By>;
  title?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** primary key columns input for table: notifications */
export type Notifications_Pk_Columns_Input = {
  id: Scalars['uuid']['input'];
};

/** select columns of table "notifications" */
export type Notifications_Select_Column =
  /** column name */
  | 'body'
  /** column name */
  | 'created_at'
  /** column name */
  | 'id'
  /** column name */
  | 'kind'
  /** column name */
  | 'order_id'
  /** column name */
  | 'read_at'
  /** column name */
  | 'title'
  /** column name */
  | 'user_id';

export type Notifications_Set_Input = {
  read_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** Streaming cursor of the table "notifications" */
export type Notifications_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Notifications_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Notifications_Stream_Cursor_Value_Input = {
  body?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  read_at?: InputMaybe<Scalars['timestamptz']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
};

export type Notifications_Updates = {
  _set?: InputMaybe<Notifications_Set_Input>;
  /** filter the rows which have to be updated */
  where: Notifications_Bool_Exp;
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

/** Boolean expression to filter rows from the table "order_conversation_member_list". All fields are combined with a logical 'AND'. */
export type Order_Conversation_Member_List_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Conversation_Member_List_Bool_Exp>>;
  _not?: InputMaybe<Order_Conversation_Member_List_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Conversation_Member_List_Bool_Exp>>;
  member_role?: InputMaybe<String_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  peers?: InputMaybe<Order_Conversation_Member_List_Bool_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
  username?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "order_conversation_member_list". */
export type Order_Conversation_Member_List_Order_By = {
  member_role?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
  username?: InputMaybe<Order_By>;
};

/** select columns of table "order_conversation_member_list" */
export type Order_Conversation_Member_List_Select_Column =
  /** column name */
  | 'member_role'
  /** column name */
  | 'order_id'
  /** column name */
  | 'user_id'
  /** column name */
  | 'username';

/** Streaming cursor of the table "order_conversation_member_list" */
export type Order_Conversation_Member_List_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Order_Conversation_Member_List_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Order_Conversation_Member_List_Stream_Cursor_Value_Input = {
  member_role?: InputMaybe<Scalars['String']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to filter rows from the table "order_conversation_unread". All fields are combined with a logical 'AND'. */
export type Order_Conversation_Unread_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Conversation_Unread_Bool_Exp>>;
  _not?: InputMaybe<Order_Conversation_Unread_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Conversation_Unread_Bool_Exp>>;
  last_message_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  unread?: InputMaybe<Int_Comparison_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
};

/** Ordering options when selecting data from "order_conversation_unread". */
export type Order_Conversation_Unread_Order_By = {
  last_message_at?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  unread?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** select columns of table "order_conversation_unread" */
export type Order_Conversation_Unread_Select_Column =
  /** column name */
  | 'last_message_at'
  /** column name */
  | 'order_id'
  /** column name */
  | 'unread'
  /** column name */
  | 'user_id';

/** Streaming cursor of the table "order_conversation_unread" */
export type Order_Conversation_Unread_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Order_Conversation_Unread_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Order_Conversation_Unread_Stream_Cursor_Value_Input = {
  last_message_at?: InputMaybe<Scalars['timestamptz']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  unread?: InputMaybe<Scalars['Int']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** input type for inserting array relation for remote table "order_items" */
export type Order_Items_Arr_Rel_Insert_Input = {
  data: Array<Order_Items_Insert_Input>;
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

/** input type for inserting data into table "order_items" */
export type Order_Items_Insert_Input = {
  menu_item_id?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<Orders_Obj_Rel_Insert_Input>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
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

/** input type for inserting array relation for remote table "order_message_reads" */
export type Order_Message_Reads_Arr_Rel_Insert_Input = {
  data: Array<Order_Message_Reads_Insert_Input>;
  /** upsert condition */
  on_conflict?: InputMaybe<Order_Message_Reads_On_Conflict>;
};

/** Boolean expression to filter rows from the table "order_message_reads". All fields are combined with a logical 'AND'. */
export type Order_Message_Reads_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Message_Reads_Bool_Exp>>;
  _not?: InputMaybe<Order_Message_Reads_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Message_Reads_Bool_Exp>>;
  last_read_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
};

/** unique or primary key constraints on table "order_message_reads" */
export type Order_Message_Reads_Constraint =
  | 'order_message_reads_pkey';

/** input type for inserting data into table "order_message_reads" */
export type Order_Message_Reads_Insert_Input = {
  last_read_at?: InputMaybe<Scalars['timestamptz']['input']>;
  order?: InputMaybe<Orders_Obj_Rel_Insert_Input>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** on_conflict condition type for table "order_message_reads" */
export type Order_Message_Reads_On_Conflict = {
  constraint: Order_Message_Reads_Constraint;
  update_columns?: Array<Order_Message_Reads_Update_Column>;
  where?: InputMaybe<Order_Message_Reads_Bool_Exp>;
};

/** Ordering options when selecting data from "order_message_reads". */
export type Order_Message_Reads_Order_By = {
  last_read_at?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** primary key columns input for table: order_message_reads */
export type Order_Message_Reads_Pk_Columns_Input = {
  order_id: Scalars['uuid']['input'];
  user_id: Scalars['uuid']['input'];
};

/** select columns of table "order_message_reads" */
export type Order_Message_Reads_Select_Column =
  /** column name */
  | 'last_read_at'
  /** column name */
  | 'order_id'
  /** column name */
  | 'user_id';

export type Order_Message_Reads_Set_Input = {
  last_read_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** Streaming cursor of the table "order_message_reads" */
export type Order_Message_Reads_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Order_Message_Reads_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Order_Message_Reads_Stream_Cursor_Value_Input = {
  last_read_at?: InputMaybe<Scalars['timestamptz']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** update columns of table "order_message_reads" */
export type Order_Message_Reads_Update_Column =
  /** column name */
  | 'last_read_at';

export type Order_Message_Reads_Updates = {
  _set?: InputMaybe<Order_Message_Reads_Set_Input>;
  /** filter the rows which have to be updated */
  where: Order_Message_Reads_Bool_Exp;
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
  avg?: InputMaybe<Order_Messages_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Order_Messages_Max_Order_By>;
  min?: InputMaybe<Order_Messages_Min_Order_By>;
  stddev?: InputMaybe<Order_Messages_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Order_Messages_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Order_Messages_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Order_Messages_Sum_Order_By>;
  var_pop?: InputMaybe<Order_Messages_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Order_Messages_Var_Samp_Order_By>;
  variance?: InputMaybe<Order_Messages_Variance_Order_By>;
};

/** input type for inserting array relation for remote table "order_messages" */
export type Order_Messages_Arr_Rel_Insert_Input = {
  data: Array<Order_Messages_Insert_Input>;
  /** upsert condition */
  on_conflict?: InputMaybe<Order_Messages_On_Conflict>;
};

export type Order_Messages_Avg_Order_By = {
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "order_messages". All fields are combined with a logical 'AND'. */
export type Order_Messages_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Messages_Bool_Exp>>;
  _not?: InputMaybe<Order_Messages_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Messages_Bool_Exp>>;
  body?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  deleted_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  editable_until?: InputMaybe<Timestamptz_Comparison_Exp>;
  edited_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  revision?: InputMaybe<Bigint_Comparison_Exp>;
  sender?: InputMaybe<Users_Bool_Exp>;
  sender_id?: InputMaybe<Uuid_Comparison_Exp>;
  sender_member?: InputMaybe<Order_Conversation_Member_List_Bool_Exp>;
  seq?: InputMaybe<Bigint_Comparison_Exp>;
};

/** unique or primary key constraints on table "order_messages" */
export type Order_Messages_Constraint =
  | 'order_messages_pkey'
  | 'order_messages_revision_key'
  | 'order_messages_seq_key';

/** input type for inserting data into table "order_messages" */
export type Order_Messages_Insert_Input = {
  body?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  order?: InputMaybe<Orders_Obj_Rel_Insert_Input>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
};

export type Order_Messages_Max_Order_By = {
  body?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  deleted_at?: InputMaybe<Order_By>;
  editable_until?: InputMaybe<Order_By>;
  edited_at?: InputMaybe<Order_By>;
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

export type Order_Messages_Min_Order_By = {
  body?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  deleted_at?: InputMaybe<Order_By>;
  editable_until?: InputMaybe<Order_By>;
  edited_at?: InputMaybe<Order_By>;
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

/** on_conflict condition type for table "order_messages" */
export type Order_Messages_On_Conflict = {
  constraint: Order_Messages_Constraint;
  update_columns?: Array<Order_Messages_Update_Column>;
  where?: InputMaybe<Order_Messages_Bool_Exp>;
};

/** Ordering options when selecting data from "order_messages". */
export type Order_Messages_Order_By = {
  body?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  deleted_at?: InputMaybe<Order_By>;
  editable_until?: InputMaybe<Order_By>;
  edited_at?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  revision?: InputMaybe<Order_By>;
  sender?: InputMaybe<Users_Order_By>;
  sender_id?: InputMaybe<Order_By>;
  sender_member?: InputMaybe<Order_Conversation_Member_List_Order_By>;
  seq?: InputMaybe<Order_By>;
};

/** primary key columns input for table: order_messages */
export type Order_Messages_Pk_Columns_Input = {
  id: Scalars['uuid']['input'];
};

/** select columns of table "order_messages" */
export type Order_Messages_Select_Column =
  /** column name */
  | 'body'
  /** column name */
  | 'created_at'
  /** column name */
  | 'deleted_at'
  /** column name */
  | 'editable_until'
  /** column name */
  | 'edited_at'
  /** column name */
  | 'id'
  /** column name */
  | 'order_id'
  /** column name */
  | 'revision'
  /** column name */
  | 'sender_id'
  /** column name */
  | 'seq';

export type Order_Messages_Set_Input = {
  body?: InputMaybe<Scalars['String']['input']>;
  deleted_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

export type Order_Messages_Stddev_Order_By = {
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

export type Order_Messages_Stddev_Pop_Order_By = {
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

export type Order_Messages_Stddev_Samp_Order_By = {
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "order_messages" */
export type Order_Messages_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Order_Messages_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Order_Messages_Stream_Cursor_Value_Input = {
  body?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  deleted_at?: InputMaybe<Scalars['timestamptz']['input']>;
  editable_until?: InputMaybe<Scalars['timestamptz']['input']>;
  edited_at?: InputMaybe<Scalars['timestamptz']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  revision?: InputMaybe<Scalars['bigint']['input']>;
  sender_id?: InputMaybe<Scalars['uuid']['input']>;
  seq?: InputMaybe<Scalars['bigint']['input']>;
};

export type Order_Messages_Sum_Order_By = {
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

/** update columns of table "order_messages" */
export type Order_Messages_Update_Column =
  /** column name */
  | 'body'
  /** column name */
  | 'deleted_at';

export type Order_Messages_Updates = {
  _set?: InputMaybe<Order_Messages_Set_Input>;
  /** filter the rows which have to be updated */
  where: Order_Messages_Bool_Exp;
};

export type Order_Messages_Var_Pop_Order_By = {
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

export type Order_Messages_Var_Samp_Order_By = {
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

export type Order_Messages_Variance_Order_By = {
  revision?: InputMaybe<Order_By>;
  seq?: InputMaybe<Order_By>;
};

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

/** Boolean expression to filter rows from the table "order_tips". All fields are combined with a logical 'AND'. */
export type Order_Tips_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Tips_Bool_Exp>>;
  _not?: InputMaybe<Order_Tips_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Tips_Bool_Exp>>;
  amount_cents?: InputMaybe<Int_Comparison_Exp>;
  card_last4?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  failure_reason?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  status?: InputMaybe<Payment_Status_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** input type for inserting data into table "order_tips" */
export type Order_Tips_Insert_Input = {
  amount_cents?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  order?: InputMaybe<Orders_Obj_Rel_Insert_Input>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** input type for inserting object relation for remote table "order_tips" */
export type Order_Tips_Obj_Rel_Insert_Input = {
  data: Order_Tips_Insert_Input;
};

/** Ordering options when selecting data from "order_tips". */
export type Order_Tips_Order_By = {
  amount_cents?: InputMaybe<Order_By>;
  card_last4?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  failure_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
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
  | 'failure_reason'
  /** column name */
  | 'id'
  /** column name */
  | 'order_id'
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
  failure_reason?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  status?: InputMaybe<Scalars['payment_status']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** Boolean expression to filter rows from the table "order_typing". All fields are combined with a logical 'AND'. */
export type Order_Typing_Bool_Exp = {
  _and?: InputMaybe<Array<Order_Typing_Bool_Exp>>;
  _not?: InputMaybe<Order_Typing_Bool_Exp>;
  _or?: InputMaybe<Array<Order_Typing_Bool_Exp>>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  typing_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
};

/** Ordering options when selecting data from "order_typing". */
export type Order_Typing_Order_By = {
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  typing_at?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** select columns of table "order_typing" */
export type Order_Typing_Select_Column =
  /** column name */
  | 'order_id'
  /** column name */
  | 'typing_at'
  /** column name */
  | 'user_id';

/** Streaming cursor of the table "order_typing" */
export type Order_Typing_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Order_Typing_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Order_Typing_Stream_Cursor_Value_Input = {
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  typing_at?: InputMaybe<Scalars['timestamptz']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
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
  address_id?: InputMaybe<Uuid_Comparison_Exp>;
  after_delivery_tip?: InputMaybe<Order_Tips_Bool_Exp>;
  agent_assigned_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  approved_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  arrival_estimate?: InputMaybe<Timestamptz_Comparison_Exp>;
  arrival_estimate_base?: InputMaybe<Timestamptz_Comparison_Exp>;
  arrival_estimate_rest_seconds?: InputMaybe<Float8_Comparison_Exp>;
  assignment?: InputMaybe<Assignments_Bool_Exp>;
  cancelled_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  conversation_members?: InputMaybe<Order_Conversation_Member_List_Bool_Exp>;
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
  items?: InputMaybe<Order_Items_Bool_Exp>;
  items_subtotal_cents?: InputMaybe<Int_Comparison_Exp>;
  message_reads?: InputMaybe<Order_Message_Reads_Bool_Exp>;
  messages?: InputMaybe<Order_Messages_Bool_Exp>;
  messages_aggregate?: InputMaybe<Order_Messages_Aggregate_Bool_Exp>;
  paid_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  payment_failed_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  payments?: InputMaybe<Payments_Bool_Exp>;
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
  tax_cents?: InputMaybe<Int_Comparison_Exp>;
  tax_rate_bps?: InputMaybe<Int_Comparison_Exp>;
  tip_cents?: InputMaybe<Int_Comparison_Exp>;
  total_cents?: InputMaybe<Int_Comparison_Exp>;
  typing?: InputMaybe<Order_Typing_Bool_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  validated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** unique or primary key constraints on table "orders" */
export type Orders_Constraint =
  | 'orders_pkey';

/** input type for inserting data into table "orders" */
export type Orders_Insert_Input = {
  address_id?: InputMaybe<Scalars['uuid']['input']>;
  after_delivery_tip?: InputMaybe<Order_Tips_Obj_Rel_Insert_Input>;
  courier_note?: InputMaybe<Scalars['String']['input']>;
  delivery_address?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  items?: InputMaybe<Order_Items_Arr_Rel_Insert_Input>;
  message_reads?: InputMaybe<Order_Message_Reads_Arr_Rel_Insert_Input>;
  messages?: InputMaybe<Order_Messages_Arr_Rel_Insert_Input>;
  payments?: InputMaybe<Payments_Arr_Rel_Insert_Input>;
  promo_code?: InputMaybe<Scalars['String']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  tip_cents?: InputMaybe<Scalars['Int']['input']>;
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

/** input type for inserting object relation for remote table "orders" */
export type Orders_Obj_Rel_Insert_Input = {
  data: Orders_Insert_Input;
  /** upsert condition */
  on_conflict?: InputMaybe<Orders_On_Conflict>;
};

/** on_conflict condition type for table "orders" */
export type Orders_On_Conflict = {
  constraint: Orders_Constraint;
  update_columns?: Array<Orders_Update_Column>;
  where?: InputMaybe<Orders_Bool_Exp>;
};

/** Ordering options when selecting data from "orders". */
export type Orders_Order_By = {
  address_id?: InputMaybe<Order_By>;
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
  items_subtotal_cents?: InputMaybe<Order_By>;
  messages_aggregate?: InputMaybe<Order_Messages_Aggregate_Order_By>;
  paid_at?: InputMaybe<Order_By>;
  payment_failed_at?: InputMaybe<Order_By>;
  picked_up_at?: InputMaybe<Order_By>;
  promo_code?: InputMaybe<Order_By>;
  rejected_at?: InputMaybe<Order_By>;
  rejection_reason?: InputMaybe<Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
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

/** primary key columns input for table: orders */
export type Orders_Pk_Columns_Input = {
  id: Scalars['uuid']['input'];
};

/** select columns of table "orders" */
export type Orders_Select_Column =
  /** column name */
  | 'address_id'
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

export type Orders_Set_Input = {
  rejection_reason?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['order_status']['input']>;
};

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
  address_id?: InputMaybe<Scalars['uuid']['input']>;
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

/** update columns of table "orders" */
export type Orders_Update_Column =
  /** column name */
  | 'status';

export type Orders_Updates = {
  _set?: InputMaybe<Orders_Set_Input>;
  /** filter the rows which have to be updated */
  where: Orders_Bool_Exp;
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

/** input type for inserting array relation for remote table "payments" */
export type Payments_Arr_Rel_Insert_Input = {
  data: Array<Payments_Insert_Input>;
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
  status?: InputMaybe<Payment_Status_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** input type for inserting data into table "payments" */
export type Payments_Insert_Input = {
  card_last4?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  order?: InputMaybe<Orders_Obj_Rel_Insert_Input>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  payment_token?: InputMaybe<Scalars['String']['input']>;
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
  | 'status'
  /** column name */
  | 'updated_at';

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
  status?: InputMaybe<Scalars['payment_status']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** Boolean expression to filter rows from the table "push_subscriptions". All fields are combined with a logical 'AND'. */
export type Push_Subscriptions_Bool_Exp = {
  _and?: InputMaybe<Array<Push_Subscriptions_Bool_Exp>>;
  _not?: InputMaybe<Push_Subscriptions_Bool_Exp>;
  _or?: InputMaybe<Array<Push_Subscriptions_Bool_Exp>>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  endpoint?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
};

/** input type for inserting data into table "push_subscriptions" */
export type Push_Subscriptions_Insert_Input = {
  auth?: InputMaybe<Scalars['String']['input']>;
  endpoint?: InputMaybe<Scalars['String']['input']>;
  p256dh?: InputMaybe<Scalars['String']['input']>;
};

/** Ordering options when selecting data from "push_subscriptions". */
export type Push_Subscriptions_Order_By = {
  created_at?: InputMaybe<Order_By>;
  endpoint?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** select columns of table "push_subscriptions" */
export type Push_Subscriptions_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'endpoint'
  /** column name */
  | 'id'
  /** column name */
  | 'user_id';

/** Streaming cursor of the table "push_subscriptions" */
export type Push_Subscriptions_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Push_Subscriptions_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Push_Subscriptions_Stream_Cursor_Value_Input = {
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  endpoint?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
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
  customer_id?: InputMaybe<Uuid_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  restaurant_stars?: InputMaybe<Int_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** unique or primary key constraints on table "ratings" */
export type Ratings_Constraint =
  | 'ratings_pkey';

export type Ratings_Inc_Input = {
  courier_stars?: InputMaybe<Scalars['Int']['input']>;
  restaurant_stars?: InputMaybe<Scalars['Int']['input']>;
};

/** input type for inserting data into table "ratings" */
export type Ratings_Insert_Input = {
  comment?: InputMaybe<Scalars['String']['input']>;
  courier_stars?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Orders_Obj_Rel_Insert_Input>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  restaurant_stars?: InputMaybe<Scalars['Int']['input']>;
};

/** on_conflict condition type for table "ratings" */
export type Ratings_On_Conflict = {
  constraint: Ratings_Constraint;
  update_columns?: Array<Ratings_Update_Column>;
  where?: InputMaybe<Ratings_Bool_Exp>;
};

/** Ordering options when selecting data from "ratings". */
export type Ratings_Order_By = {
  agent?: InputMaybe<Agents_Order_By>;
  agent_id?: InputMaybe<Order_By>;
  comment?: InputMaybe<Order_By>;
  courier_stars?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  customer_id?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  restaurant_stars?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** primary key columns input for table: ratings */
export type Ratings_Pk_Columns_Input = {
  order_id: Scalars['uuid']['input'];
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
  | 'customer_id'
  /** column name */
  | 'order_id'
  /** column name */
  | 'restaurant_id'
  /** column name */
  | 'restaurant_stars'
  /** column name */
  | 'updated_at';

export type Ratings_Set_Input = {
  comment?: InputMaybe<Scalars['String']['input']>;
  courier_stars?: InputMaybe<Scalars['Int']['input']>;
  restaurant_stars?: InputMaybe<Scalars['Int']['input']>;
};

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
  customer_id?: InputMaybe<Scalars['uuid']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  restaurant_stars?: InputMaybe<Scalars['Int']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** update columns of table "ratings" */
export type Ratings_Update_Column =
  /** column name */
  | 'comment'
  /** column name */
  | 'courier_stars'
  /** column name */
  | 'restaurant_stars';

export type Ratings_Updates = {
  _inc?: InputMaybe<Ratings_Inc_Input>;
  _set?: InputMaybe<Ratings_Set_Input>;
  /** filter the rows which have to be updated */
  where: Ratings_Bool_Exp;
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

/** unique or primary key constraints on table "restaurant_opening_hours" */
export type Restaurant_Opening_Hours_Constraint =
  | 'restaurant_opening_hours_pkey'
  | 'restaurant_opening_hours_restaurant_id_weekday_opens_at_key';

export type Restaurant_Opening_Hours_Inc_Input = {
  weekday?: InputMaybe<Scalars['smallint']['input']>;
};

/** input type for inserting data into table "restaurant_opening_hours" */
export type Restaurant_Opening_Hours_Insert_Input = {
  closes_at?: InputMaybe<Scalars['time']['input']>;
  opens_at?: InputMaybe<Scalars['time']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  weekday?: InputMaybe<Scalars['smallint']['input']>;
};

/** on_conflict condition type for table "restaurant_opening_hours" */
export type Restaurant_Opening_Hours_On_Conflict = {
  constraint: Restaurant_Opening_Hours_Constraint;
  update_columns?: Array<Restaurant_Opening_Hours_Update_Column>;
  where?: InputMaybe<Restaurant_Opening_Hours_Bool_Exp>;
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

/** primary key columns input for table: restaurant_opening_hours */
export type Restaurant_Opening_Hours_Pk_Columns_Input = {
  id: Scalars['Int']['input'];
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

export type Restaurant_Opening_Hours_Set_Input = {
  closes_at?: InputMaybe<Scalars['time']['input']>;
  opens_at?: InputMaybe<Scalars['time']['input']>;
  weekday?: InputMaybe<Scalars['smallint']['input']>;
};

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

/** update columns of table "restaurant_opening_hours" */
export type Restaurant_Opening_Hours_Update_Column =
  /** column name */
  | 'closes_at'
  /** column name */
  | 'opens_at'
  /** column name */
  | 'weekday';

export type Restaurant_Opening_Hours_Updates = {
  _inc?: InputMaybe<Restaurant_Opening_Hours_Inc_Input>;
  _set?: InputMaybe<Restaurant_Opening_Hours_Set_Input>;
  /** filter the rows which have to be updated */
  where: Restaurant_Opening_Hours_Bool_Exp;
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
  name?: InputMaybe<String_Comparison_Exp>;
  orders?: InputMaybe<Orders_Bool_Exp>;
  orders_aggregate?: InputMaybe<Orders_Aggregate_Bool_Exp>;
  rating?: InputMaybe<Restaurant_Ratings_Bool_Exp>;
  service_fee_cents?: InputMaybe<Int_Comparison_Exp>;
  staff?: InputMaybe<Users_Bool_Exp>;
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
  name?: InputMaybe<Order_By>;
  orders_aggregate?: InputMaybe<Orders_Aggregate_Order_By>;
  rating?: InputMaybe<Restaurant_Ratings_Order_By>;
  service_fee_cents?: InputMaybe<Order_By>;
  tax_rate_bps?: InputMaybe<Order_By>;
};

/** primary key columns input for table: restaurants */
export type Restaurants_Pk_Columns_Input = {
  id: Scalars['Int']['input'];
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

export type Restaurants_Set_Input = {
  is_open?: InputMaybe<Scalars['Boolean']['input']>;
};

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

export type Restaurants_Updates = {
  _set?: InputMaybe<Restaurants_Set_Input>;
  /** filter the rows which have to be updated */
  where: Restaurants_Bool_Exp;
};

/** Boolean expression to filter rows from the table "scheduled_orders". All fields are combined with a logical 'AND'. */
export type Scheduled_Orders_Bool_Exp = {
  _and?: InputMaybe<Array<Scheduled_Orders_Bool_Exp>>;
  _not?: InputMaybe<Scheduled_Orders_Bool_Exp>;
  _or?: InputMaybe<Array<Scheduled_Orders_Bool_Exp>>;
  address_id?: InputMaybe<Uuid_Comparison_Exp>;
  courier_note?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  customer?: InputMaybe<Users_Bool_Exp>;
  customer_id?: InputMaybe<Uuid_Comparison_Exp>;
  delivery_address?: InputMaybe<String_Comparison_Exp>;
  failure_reason?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  lines?: InputMaybe<Jsonb_Comparison_Exp>;
  order?: InputMaybe<Orders_Bool_Exp>;
  order_id?: InputMaybe<Uuid_Comparison_Exp>;
  place_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  promo_code?: InputMaybe<String_Comparison_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  status?: InputMaybe<String_Comparison_Exp>;
  tip_cents?: InputMaybe<Int_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** unique or primary key constraints on table "scheduled_orders" */
export type Scheduled_Orders_Constraint =
  | 'scheduled_orders_order_id_key'
  | 'scheduled_orders_pkey';

/** input type for inserting data into table "scheduled_orders" */
export type Scheduled_Orders_Insert_Input = {
  address_id?: InputMaybe<Scalars['uuid']['input']>;
  courier_note?: InputMaybe<Scalars['String']['input']>;
  delivery_address?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  lines?: InputMaybe<Scalars['jsonb']['input']>;
  order?: InputMaybe<Orders_Obj_Rel_Insert_Input>;
  place_at?: InputMaybe<Scalars['timestamptz']['input']>;
  promo_code?: InputMaybe<Scalars['String']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  tip_cents?: InputMaybe<Scalars['Int']['input']>;
};

/** on_conflict condition type for table "scheduled_orders" */
export type Scheduled_Orders_On_Conflict = {
  constraint: Scheduled_Orders_Constraint;
  update_columns?: Array<Scheduled_Orders_Update_Column>;
  where?: InputMaybe<Scheduled_Orders_Bool_Exp>;
};

/** Ordering options when selecting data from "scheduled_orders". */
export type Scheduled_Orders_Order_By = {
  address_id?: InputMaybe<Order_By>;
  courier_note?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  customer?: InputMaybe<Users_Order_By>;
  customer_id?: InputMaybe<Order_By>;
  delivery_address?: InputMaybe<Order_By>;
  failure_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  lines?: InputMaybe<Order_By>;
  order?: InputMaybe<Orders_Order_By>;
  order_id?: InputMaybe<Order_By>;
  place_at?: InputMaybe<Order_By>;
  promo_code?: InputMaybe<Order_By>;
  restaurant?: InputMaybe<Restaurants_Order_By>;
  restaurant_id?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  tip_cents?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** primary key columns input for table: scheduled_orders */
export type Scheduled_Orders_Pk_Columns_Input = {
  id: Scalars['uuid']['input'];
};

/** select columns of table "scheduled_orders" */
export type Scheduled_Orders_Select_Column =
  /** column name */
  | 'address_id'
  /** column name */
  | 'courier_note'
  /** column name */
  | 'created_at'
  /** column name */
  | 'customer_id'
  /** column name */
  | 'delivery_address'
  /** column name */
  | 'failure_reason'
  /** column name */
  | 'id'
  /** column name */
  | 'lines'
  /** column name */
  | 'order_id'
  /** column name */
  | 'place_at'
  /** column name */
  | 'promo_code'
  /** column name */
  | 'restaurant_id'
  /** column name */
  | 'status'
  /** column name */
  | 'tip_cents'
  /** column name */
  | 'updated_at';

export type Scheduled_Orders_Set_Input = {
  status?: InputMaybe<Scalars['String']['input']>;
};

/** Streaming cursor of the table "scheduled_orders" */
export type Scheduled_Orders_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Scheduled_Orders_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Scheduled_Orders_Stream_Cursor_Value_Input = {
  address_id?: InputMaybe<Scalars['uuid']['input']>;
  courier_note?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  customer_id?: InputMaybe<Scalars['uuid']['input']>;
  delivery_address?: InputMaybe<Scalars['String']['input']>;
  failure_reason?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  lines?: InputMaybe<Scalars['jsonb']['input']>;
  order_id?: InputMaybe<Scalars['uuid']['input']>;
  place_at?: InputMaybe<Scalars['timestamptz']['input']>;
  promo_code?: InputMaybe<Scalars['String']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  tip_cents?: InputMaybe<Scalars['Int']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** update columns of table "scheduled_orders" */
export type Scheduled_Orders_Update_Column =
  /** column name */
  | 'status';

export type Scheduled_Orders_Updates = {
  _set?: InputMaybe<Scheduled_Orders_Set_Input>;
  /** filter the rows which have to be updated */
  where: Scheduled_Orders_Bool_Exp;
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

/** Boolean expression to filter rows from the table "user_presence". All fields are combined with a logical 'AND'. */
export type User_Presence_Bool_Exp = {
  _and?: InputMaybe<Array<User_Presence_Bool_Exp>>;
  _not?: InputMaybe<User_Presence_Bool_Exp>;
  _or?: InputMaybe<Array<User_Presence_Bool_Exp>>;
  last_seen_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  typing_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  typing_order_id?: InputMaybe<Uuid_Comparison_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
};

/** unique or primary key constraints on table "user_presence" */
export type User_Presence_Constraint =
  | 'user_presence_pkey';

/** input type for inserting data into table "user_presence" */
export type User_Presence_Insert_Input = {
  last_seen_at?: InputMaybe<Scalars['timestamptz']['input']>;
  typing_at?: InputMaybe<Scalars['timestamptz']['input']>;
  typing_order_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** on_conflict condition type for table "user_presence" */
export type User_Presence_On_Conflict = {
  constraint: User_Presence_Constraint;
  update_columns?: Array<User_Presence_Update_Column>;
  where?: InputMaybe<User_Presence_Bool_Exp>;
};

/** Ordering options when selecting data from "user_presence". */
export type User_Presence_Order_By = {
  last_seen_at?: InputMaybe<Order_By>;
  typing_at?: InputMaybe<Order_By>;
  typing_order_id?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** primary key columns input for table: user_presence */
export type User_Presence_Pk_Columns_Input = {
  user_id: Scalars['uuid']['input'];
};

/** select columns of table "user_presence" */
export type User_Presence_Select_Column =
  /** column name */
  | 'last_seen_at'
  /** column name */
  | 'typing_at'
  /** column name */
  | 'typing_order_id'
  /** column name */
  | 'user_id';

export type User_Presence_Set_Input = {
  last_seen_at?: InputMaybe<Scalars['timestamptz']['input']>;
  typing_at?: InputMaybe<Scalars['timestamptz']['input']>;
  typing_order_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** Boolean expression to filter rows from the table "user_presence_status". All fields are combined with a logical 'AND'. */
export type User_Presence_Status_Bool_Exp = {
  _and?: InputMaybe<Array<User_Presence_Status_Bool_Exp>>;
  _not?: InputMaybe<User_Presence_Status_Bool_Exp>;
  _or?: InputMaybe<Array<User_Presence_Status_Bool_Exp>>;
  conversations?: InputMaybe<Order_Conversation_Member_List_Bool_Exp>;
  last_seen_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  online?: InputMaybe<Boolean_Comparison_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
};

/** Ordering options when selecting data from "user_presence_status". */
export type User_Presence_Status_Order_By = {
  last_seen_at?: InputMaybe<Order_By>;
  online?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** select columns of table "user_presence_status" */
export type User_Presence_Status_Select_Column =
  /** column name */
  | 'last_seen_at'
  /** column name */
  | 'online'
  /** column name */
  | 'user_id';

/** Streaming cursor of the table "user_presence_status" */
export type User_Presence_Status_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: User_Presence_Status_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type User_Presence_Status_Stream_Cursor_Value_Input = {
  last_seen_at?: InputMaybe<Scalars['timestamptz']['input']>;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** Streaming cursor of the table "user_presence" */
export type User_Presence_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: User_Presence_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type User_Presence_Stream_Cursor_Value_Input = {
  last_seen_at?: InputMaybe<Scalars['timestamptz']['input']>;
  typing_at?: InputMaybe<Scalars['timestamptz']['input']>;
  typing_order_id?: InputMaybe<Scalars['uuid']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** update columns of table "user_presence" */
export type User_Presence_Update_Column =
  /** column name */
  | 'last_seen_at'
  /** column name */
  | 'typing_at'
  /** column name */
  | 'typing_order_id';

export type User_Presence_Updates = {
  _set?: InputMaybe<User_Presence_Set_Input>;
  /** filter the rows which have to be updated */
  where: User_Presence_Bool_Exp;
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

/** Boolean expression to filter rows from the table "users". All fields are combined with a logical 'AND'. */
export type Users_Bool_Exp = {
  _and?: InputMaybe<Array<Users_Bool_Exp>>;
  _not?: InputMaybe<Users_Bool_Exp>;
  _or?: InputMaybe<Array<Users_Bool_Exp>>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  orders?: InputMaybe<Orders_Bool_Exp>;
  orders_aggregate?: InputMaybe<Orders_Aggregate_Bool_Exp>;
  restaurant?: InputMaybe<Restaurants_Bool_Exp>;
  restaurant_id?: InputMaybe<Int_Comparison_Exp>;
  role?: InputMaybe<User_Role_Comparison_Exp>;
  username?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "users". */
export type Users_Order_By = {
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
  | 'id'
  /** column name */
  | 'restaurant_id'
  /** column name */
  | 'role'
  /** column name */
  | 'username';

/** Streaming cursor of the table "users" */
export type Users_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Users_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Users_Stream_Cursor_Value_Input = {
  id?: InputMaybe<Scalars['uuid']['input']>;
  restaurant_id?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['user_role']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
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

export type UpdateAddressMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
  label: Scalars['String']['input'];
  address: Scalars['String']['input'];
  courierNote: Scalars['String']['input'];
}>;


export type UpdateAddressMutation = { __typename?: 'mutation_root', update_customer_addresses_by_pk: { __typename?: 'customer_addresses', id: string, label: string, address: string, courier_note: string, is_default: boolean } | null };

export type MakeDefaultAddressMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type MakeDefaultAddressMutation = { __typename?: 'mutation_root', update_customer_addresses_by_pk: { __typename?: 'customer_addresses', id: string, is_default: boolean } | null };

export type DeleteAddressMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type DeleteAddressMutation = { __typename?: 'mutation_root', delete_customer_addresses_by_pk: { __typename?: 'customer_addresses', id: string } | null };

export type SavedAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedAddressesQuery = { __typename?: 'query_root', customer_addresses: Array<{ __typename?: 'customer_addresses', id: string, label: string, address: string, courier_note: string, is_default: boolean }> };

export type SaveAddressMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
  label: Scalars['String']['input'];
  address: Scalars['String']['input'];
  courierNote: Scalars['String']['input'];
}>;


export type SaveAddressMutation = { __typename?: 'mutation_root', insert_customer_addresses_one: { __typename?: 'customer_addresses', id: string, label: string, address: string, courier_note: string, is_default: boolean } | null };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'mutation_root', login: { __typename?: 'AuthResult', token: string } | null };

export type SignupMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignupMutation = { __typename?: 'mutation_root', signup: { __typename?: 'AuthResult', token: string } | null };

export type CheckoutChargesQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type CheckoutChargesQuery = { __typename?: 'query_root', restaurants_by_pk: { __typename?: 'restaurants', id: number, delivery_fee_cents: number, service_fee_cents: number, tax_rate_bps: number, arrival_estimate_seconds: number | null } | null };

export type OpeningHoursQueryVariables = Exact<{
  restaurantId: Scalars['Int']['input'];
}>;


export type OpeningHoursQuery = { __typename?: 'query_root', restaurant_opening_hours: Array<{ __typename?: 'restaurant_opening_hours', id: number, weekday: any, opens_at: any, closes_at: any }> };

export type PlaceOrderMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
  restaurantId: Scalars['Int']['input'];
  deliveryAddress?: InputMaybe<Scalars['String']['input']>;
  addressId?: InputMaybe<Scalars['uuid']['input']>;
  courierNote?: InputMaybe<Scalars['String']['input']>;
  tipCents?: InputMaybe<Scalars['Int']['input']>;
  promoCode?: InputMaybe<Scalars['String']['input']>;
  items: Array<Order_Items_Insert_Input> | Order_Items_Insert_Input;
}>;


export type PlaceOrderMutation = { __typename?: 'mutation_root', insert_orders_one: { __typename?: 'orders', id: string, status: OrderStatus, created_at: string } | null };

export type OrderExistsQueryVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type OrderExistsQuery = { __typename?: 'query_root', orders_by_pk: { __typename?: 'orders', id: string } | null };

export type ScheduleOrderMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
  restaurantId: Scalars['Int']['input'];
  placeAt: Scalars['timestamptz']['input'];
  lines: Scalars['jsonb']['input'];
  deliveryAddress?: InputMaybe<Scalars['String']['input']>;
  addressId?: InputMaybe<Scalars['uuid']['input']>;
  courierNote?: InputMaybe<Scalars['String']['input']>;
  tipCents?: InputMaybe<Scalars['Int']['input']>;
  promoCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScheduleOrderMutation = { __typename?: 'mutation_root', insert_scheduled_orders_one: { __typename?: 'scheduled_orders', id: string, status: string, place_at: string } | null };

export type ScheduledOrderExistsQueryVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type ScheduledOrderExistsQuery = { __typename?: 'query_root', scheduled_orders_by_pk: { __typename?: 'scheduled_orders', id: string } | null };

export type EditMessageMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
  body: Scalars['String']['input'];
}>;


export type EditMessageMutation = { __typename?: 'mutation_root', update_order_messages_by_pk: { __typename?: 'order_messages', id: string } | null };

export type DeleteMessageMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
  at: Scalars['timestamptz']['input'];
}>;


export type DeleteMessageMutation = { __typename?: 'mutation_root', update_order_messages_by_pk: { __typename?: 'order_messages', id: string } | null };

export type ConversationMembersSubscriptionVariables = Exact<{
  orderId: Scalars['uuid']['input'];
}>;


export type ConversationMembersSubscription = { __typename?: 'subscription_root', order_conversation_member_list: Array<{ __typename?: 'order_conversation_member_list', order_id: string | null, user_id: string | null, member_role: string | null, username: string | null }> };

export type ConversationPresenceSubscriptionVariables = Exact<{
  orderId: Scalars['uuid']['input'];
}>;


export type ConversationPresenceSubscription = { __typename?: 'subscription_root', user_presence_status: Array<{ __typename?: 'user_presence_status', user_id: string | null, online: boolean | null }> };

export type ConversationTypingSubscriptionVariables = Exact<{
  orderId: Scalars['uuid']['input'];
}>;


export type ConversationTypingSubscription = { __typename?: 'subscription_root', order_typing: Array<{ __typename?: 'order_typing', order_id: string | null, user_id: string | null }> };

export type MessageStreamSubscriptionVariables = Exact<{
  orderId: Scalars['uuid']['input'];
  after: Scalars['bigint']['input'];
}>;


export type MessageStreamSubscription = { __typename?: 'subscription_root', order_messages_stream: Array<{ __typename?: 'order_messages', id: string, sender_id: string, body: string | null, seq: number | string, revision: number | string, created_at: string, edited_at: string | null, deleted_at: string | null, editable_until: string | null }> };

export type HeartbeatMutationVariables = Exact<{ [key: string]: never; }>;


export type HeartbeatMutation = { __typename?: 'mutation_root', insert_user_presence_one: { __typename?: 'user_presence', user_id: string } | null };

export type TypingMutationVariables = Exact<{
  orderId?: InputMaybe<Scalars['uuid']['input']>;
  at?: InputMaybe<Scalars['timestamptz']['input']>;
}>;


export type TypingMutation = { __typename?: 'mutation_root', insert_user_presence_one: { __typename?: 'user_presence', user_id: string } | null };

export type ConversationReceiptsSubscriptionVariables = Exact<{
  orderId: Scalars['uuid']['input'];
}>;


export type ConversationReceiptsSubscription = { __typename?: 'subscription_root', order_message_reads: Array<{ __typename?: 'order_message_reads', order_id: string, user_id: string, last_read_at: string }> };

export type MarkConversationReadMutationVariables = Exact<{
  orderId: Scalars['uuid']['input'];
  readAt: Scalars['timestamptz']['input'];
}>;


export type MarkConversationReadMutation = { __typename?: 'mutation_root', insert_order_message_reads_one: { __typename?: 'order_message_reads', order_id: string, user_id: string, last_read_at: string } | null };

export type SendMessageMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
  orderId: Scalars['uuid']['input'];
  body: Scalars['String']['input'];
}>;


export type SendMessageMutation = { __typename?: 'mutation_root', insert_order_messages_one: { __typename?: 'order_messages', id: string } | null };

export type MeAsAgentQueryVariables = Exact<{ [key: string]: never; }>;


export type MeAsAgentQuery = { __typename?: 'query_root', agents: Array<{ __typename?: 'agents', id: number, name: string, is_available: boolean }> };

export type MyDeliveriesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyDeliveriesSubscription = { __typename?: 'subscription_root', orders: Array<(
    { __typename?: 'orders', id: string }
    & { ' $fragmentRefs'?: { 'DeliveryCard_OrderFragment': DeliveryCard_OrderFragment } }
  )> };

export type RecentlyDeliveredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RecentlyDeliveredSubscription = { __typename?: 'subscription_root', orders: Array<{ __typename?: 'orders', id: string, delivery_address: string, delivered_at: string | null, after_delivery_tip: { __typename?: 'order_tips', id: string, amount_cents: number } | null }> };

export type DeliveryCard_OrderFragment = { __typename?: 'orders', id: string, status: OrderStatus, delivery_address: string, courier_note: string | null, agent_assigned_at: string | null, picked_up_at: string | null, delivered_at: string | null, restaurant: { __typename?: 'restaurants', id: number, name: string }, items: Array<{ __typename?: 'order_items', id: number, quantity: number, menu_item: { __typename?: 'menu_items', id: number, name: string } }> } & { ' $fragmentName'?: 'DeliveryCard_OrderFragment' };

export type MarkDeliveredMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type MarkDeliveredMutation = { __typename?: 'mutation_root', update_orders_by_pk: { __typename?: 'orders', id: string, status: OrderStatus, delivered_at: string | null } | null };

export type MarkPickedUpMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type MarkPickedUpMutation = { __typename?: 'mutation_root', update_orders_by_pk: { __typename?: 'orders', id: string, status: OrderStatus, picked_up_at: string | null } | null };

export type IncomingOrderCard_OrderFragment = { __typename?: 'orders', id: string, status: OrderStatus, total_cents: number | null, delivery_address: string, paid_at: string | null, items: Array<{ __typename?: 'order_items', id: number, quantity: number, note: string | null, menu_item: { __typename?: 'menu_items', id: number, name: string } }> } & { ' $fragmentName'?: 'IncomingOrderCard_OrderFragment' };

export type MyRestaurantQueryVariables = Exact<{
  userId: Scalars['uuid']['input'];
}>;


export type MyRestaurantQuery = { __typename?: 'query_root', users_by_pk: { __typename?: 'users', id: string, restaurant: { __typename?: 'restaurants', id: number, name: string, auto_approve: boolean, is_open: boolean } | null } | null };

export type IncomingOrdersSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IncomingOrdersSubscription = { __typename?: 'subscription_root', orders: Array<(
    { __typename?: 'orders', id: string }
    & { ' $fragmentRefs'?: { 'IncomingOrderCard_OrderFragment': IncomingOrderCard_OrderFragment } }
  )> };

export type OrdersInProgressSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OrdersInProgressSubscription = { __typename?: 'subscription_root', orders: Array<(
    { __typename?: 'orders', id: string }
    & { ' $fragmentRefs'?: { 'IncomingOrderCard_OrderFragment': IncomingOrderCard_OrderFragment } }
  )> };

export type RecentlyDeclinedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RecentlyDeclinedSubscription = { __typename?: 'subscription_root', orders: Array<{ __typename?: 'orders', id: string, total_cents: number | null, rejection_reason: string | null, restaurant_rejected_at: string | null }> };

export type RecentlyCancelledSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RecentlyCancelledSubscription = { __typename?: 'subscription_root', orders: Array<{ __typename?: 'orders', id: string, total_cents: number | null, cancelled_at: string | null }> };

export type KitchenOpeningHoursQueryVariables = Exact<{
  restaurantId: Scalars['Int']['input'];
}>;


export type KitchenOpeningHoursQuery = { __typename?: 'query_root', restaurant_opening_hours: Array<{ __typename?: 'restaurant_opening_hours', id: number, weekday: any, opens_at: any, closes_at: any }> };

export type AddOpeningHoursMutationVariables = Exact<{
  restaurantId: Scalars['Int']['input'];
  weekday: Scalars['smallint']['input'];
  opensAt: Scalars['time']['input'];
  closesAt: Scalars['time']['input'];
}>;


export type AddOpeningHoursMutation = { __typename?: 'mutation_root', insert_restaurant_opening_hours_one: { __typename?: 'restaurant_opening_hours', id: number } | null };

export type RemoveOpeningHoursMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type RemoveOpeningHoursMutation = { __typename?: 'mutation_root', delete_restaurant_opening_hours_by_pk: { __typename?: 'restaurant_opening_hours', id: number } | null };

export type ApproveOrderMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type ApproveOrderMutation = { __typename?: 'mutation_root', update_orders_by_pk: { __typename?: 'orders', id: string, status: OrderStatus } | null };

export type RejectOrderMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectOrderMutation = { __typename?: 'mutation_root', update_orders_by_pk: { __typename?: 'orders', id: string, status: OrderStatus, rejection_reason: string | null } | null };

export type DishTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type DishTagsQuery = { __typename?: 'query_root', dish_tags: Array<{ __typename?: 'dish_tags', tag: string, kind: string, label: string }> };

export type MenuItemRow_MenuItemFragment = { __typename?: 'menu_items', id: number, name: string, description: string, price_cents: number, is_available: boolean, tags: Array<{ __typename?: 'menu_item_tags', tag: string, dish_tag: { __typename?: 'dish_tags', label: string, kind: string } }> } & { ' $fragmentName'?: 'MenuItemRow_MenuItemFragment' };

export type RestaurantMenuQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type RestaurantMenuQuery = { __typename?: 'query_root', restaurants_by_pk: { __typename?: 'restaurants', id: number, name: string, cuisine: string, description: string, is_open: boolean, arrival_estimate_seconds: number | null, menu_items: Array<(
      { __typename?: 'menu_items', id: number, tags: Array<{ __typename?: 'menu_item_tags', tag: string }> }
      & { ' $fragmentRefs'?: { 'MenuItemRow_MenuItemFragment': MenuItemRow_MenuItemFragment } }
    )> } | null };

export type MyNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsSubscription = { __typename?: 'subscription_root', notifications: Array<{ __typename?: 'notifications', id: string, order_id: string | null, kind: string, title: string, body: string, created_at: string, read_at: string | null }> };

export type MyUnreadNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyUnreadNotificationsSubscription = { __typename?: 'subscription_root', notifications_aggregate: { __typename?: 'notifications_aggregate', aggregate: { __typename?: 'notifications_aggregate_fields', count: number } | null } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['uuid']['input']> | Scalars['uuid']['input'];
  at: Scalars['timestamptz']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'mutation_root', update_notifications: { __typename?: 'notifications_mutation_response', affected_rows: number } | null };

export type ArrivalEstimate_OrderFragment = { __typename?: 'orders', id: string, status: OrderStatus, arrival_estimate_base: string | null, arrival_estimate_rest_seconds: any | null, estimated_delivery_at: string | null, delivered_at: string | null } & { ' $fragmentName'?: 'ArrivalEstimate_OrderFragment' };

export type MyOrdersSubscriptionVariables = Exact<{
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type MyOrdersSubscription = { __typename?: 'subscription_root', orders: Array<(
    { __typename?: 'orders', id: string }
    & { ' $fragmentRefs'?: { 'OrderListRow_OrderFragment': OrderListRow_OrderFragment } }
  )> };

export type MyOrderCountSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyOrderCountSubscription = { __typename?: 'subscription_root', orders_aggregate: { __typename?: 'orders_aggregate', aggregate: { __typename?: 'orders_aggregate_fields', count: number } | null } };

export type OrderFailure_OrderFragment = { __typename?: 'orders', id: string, status: OrderStatus, rejection_reason: string | null, payments: Array<{ __typename?: 'payments', id: string, status: PaymentStatus, failure_reason: string | null, card_last4: string, created_at: string }> } & { ' $fragmentName'?: 'OrderFailure_OrderFragment' };

export type OrderItems_OrderFragment = { __typename?: 'orders', id: string, delivery_address: string, total_cents: number | null, items_subtotal_cents: number | null, delivery_fee_cents: number, service_fee_cents: number, tax_rate_bps: number, tax_cents: number, tip_cents: number, discount_cents: number, promo_code: string | null, restaurant: { __typename?: 'restaurants', id: number, name: string }, items: Array<{ __typename?: 'order_items', id: number, quantity: number, unit_price_cents: number | null, menu_item: { __typename?: 'menu_items', id: number, name: string } }> } & { ' $fragmentName'?: 'OrderItems_OrderFragment' };

export type OrderListRow_OrderFragment = { __typename?: 'orders', id: string, status: OrderStatus, total_cents: number | null, created_at: string, restaurant: { __typename?: 'restaurants', id: number, name: string } } & { ' $fragmentName'?: 'OrderListRow_OrderFragment' };

export type OrderLiveSubscriptionVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type OrderLiveSubscription = { __typename?: 'subscription_root', orders_by_pk: (
    { __typename?: 'orders', id: string, status: OrderStatus, total_cents: number | null, created_at: string, paid_at: string | null, payments: Array<{ __typename?: 'payments', id: string, status: PaymentStatus }> }
    & { ' $fragmentRefs'?: { 'OrderTimeline_OrderFragment': OrderTimeline_OrderFragment;'OrderFailure_OrderFragment': OrderFailure_OrderFragment;'OrderItems_OrderFragment': OrderItems_OrderFragment;'ArrivalEstimate_OrderFragment': ArrivalEstimate_OrderFragment;'TipAfterDelivery_OrderFragment': TipAfterDelivery_OrderFragment } }
  ) | null };

export type OrderTimeline_OrderFragment = { __typename?: 'orders', id: string, status: OrderStatus, created_at: string, status_history: Array<{ __typename?: 'order_status_history', id: number | string, to_status: OrderStatus, changed_at: string }>, assignment: { __typename?: 'assignments', id: number, agent: { __typename?: 'agents', id: number, name: string } } | null, payments: Array<{ __typename?: 'payments', id: string, status: PaymentStatus, created_at: string }> } & { ' $fragmentName'?: 'OrderTimeline_OrderFragment' };

export type MyScheduledOrdersSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyScheduledOrdersSubscription = { __typename?: 'subscription_root', scheduled_orders: Array<{ __typename?: 'scheduled_orders', id: string, place_at: string, status: string, failure_reason: string | null, order_id: string | null, lines: any, restaurant: { __typename?: 'restaurants', id: number, name: string } }> };

export type CancelScheduledOrderMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type CancelScheduledOrderMutation = { __typename?: 'mutation_root', update_scheduled_orders_by_pk: { __typename?: 'scheduled_orders', id: string, status: string } | null };

export type CancelOrderMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type CancelOrderMutation = { __typename?: 'mutation_root', update_orders_by_pk: { __typename?: 'orders', id: string, status: OrderStatus, cancelled_at: string | null } | null };

export type SubmitPaymentMutationVariables = Exact<{
  id: Scalars['uuid']['input'];
  orderId: Scalars['uuid']['input'];
  paymentToken: Scalars['String']['input'];
  cardLast4: Scalars['String']['input'];
}>;


export type SubmitPaymentMutation = { __typename?: 'mutation_root', insert_payments_one: { __typename?: 'payments', id: string, order_id: string, status: PaymentStatus, amount_cents: number } | null };

export type OrderRatingQueryVariables = Exact<{
  orderId: Scalars['uuid']['input'];
}>;


export type OrderRatingQuery = { __typename?: 'query_root', ratings_by_pk: (
    { __typename?: 'ratings', order_id: string, restaurant_stars: number, courier_stars: number | null, comment: string | null, created_at: string }
    & { ' $fragmentRefs'?: { 'RatingSummary_RatingFragment': RatingSummary_RatingFragment } }
  ) | null, orders_by_pk: { __typename?: 'orders', id: string, agent_assigned_at: string | null } | null };

export type RatingSummary_RatingFragment = { __typename?: 'ratings', order_id: string, restaurant_stars: number, courier_stars: number | null, comment: string | null, created_at: string, updated_at: string } & { ' $fragmentName'?: 'RatingSummary_RatingFragment' };

export type RateOrderMutationVariables = Exact<{
  object: Ratings_Insert_Input;
}>;


export type RateOrderMutation = { __typename?: 'mutation_root', insert_ratings_one: (
    { __typename?: 'ratings' }
    & { ' $fragmentRefs'?: { 'RatingSummary_RatingFragment': RatingSummary_RatingFragment } }
  ) | null };

export type UpdateRatingMutationVariables = Exact<{
  orderId: Scalars['uuid']['input'];
  set: Ratings_Set_Input;
}>;


export type UpdateRatingMutation = { __typename?: 'mutation_root', update_ratings_by_pk: (
    { __typename?: 'ratings' }
    & { ' $fragmentRefs'?: { 'RatingSummary_RatingFragment': RatingSummary_RatingFragment } }
  ) | null };

export type OrderReceiptQueryVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type OrderReceiptQuery = { __typename?: 'query_root', orders_by_pk: { __typename?: 'orders', id: string, status: OrderStatus, created_at: string, paid_at: string | null, delivery_address: string, items_subtotal_cents: number | null, delivery_fee_cents: number, service_fee_cents: number, tax_rate_bps: number, tax_cents: number, tip_cents: number, discount_cents: number, promo_code: string | null, total_cents: number | null, restaurant: { __typename?: 'restaurants', id: number, name: string }, items: Array<{ __typename?: 'order_items', id: number, quantity: number, unit_price_cents: number | null, menu_item: { __typename?: 'menu_items', id: number, name: string } }>, after_delivery_tip: { __typename?: 'order_tips', id: string, amount_cents: number, status: PaymentStatus, card_last4: string, updated_at: string } | null, payments: Array<{ __typename?: 'payments', id: string, status: PaymentStatus, amount_cents: number, card_last4: string, created_at: string, updated_at: string }> } | null };

export type ReorderItemsQueryVariables = Exact<{
  id: Scalars['uuid']['input'];
}>;


export type ReorderItemsQuery = { __typename?: 'query_root', orders_by_pk: { __typename?: 'orders', id: string, restaurant: { __typename?: 'restaurants', id: number, name: string, is_open: boolean }, items: Array<{ __typename?: 'order_items', id: number, quantity: number, unit_price_cents: number | null, menu_item: { __typename?: 'menu_items', id: number, name: string, price_cents: number, is_available: boolean } }> } | null };

export type RestaurantCard_RestaurantFragment = { __typename?: 'restaurants', id: number, name: string, cuisine: string, description: string, is_open: boolean, rating: (
    { __typename?: 'restaurant_ratings' }
    & { ' $fragmentRefs'?: { 'RestaurantRating_RatingFragment': RestaurantRating_RatingFragment } }
  ) | null } & { ' $fragmentName'?: 'RestaurantCard_RestaurantFragment' };

export type RestaurantRating_RatingFragment = { __typename?: 'restaurant_ratings', restaurant_id: number | null, ratings_count: number | null, average_stars: number | string | null } & { ' $fragmentName'?: 'RestaurantRating_RatingFragment' };

export type RestaurantsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestaurantsQuery = { __typename?: 'query_root', restaurants: Array<(
    { __typename?: 'restaurants', id: number, cuisine: string }
    & { ' $fragmentRefs'?: { 'RestaurantCard_RestaurantFragment': RestaurantCard_RestaurantFragment } }
  )> };

export type SearchHit_HitFragment = { __typename?: 'menu_search_results', menu_item_id: number | null, restaurant_id: number | null, name: string | null, description: string | null, price_cents: number | null, restaurant_name: string | null, is_open: boolean | null } & { ' $fragmentName'?: 'SearchHit_HitFragment' };

export type SearchMenuQueryVariables = Exact<{
  query: Scalars['String']['input'];
  limit: Scalars['Int']['input'];
}>;


export type SearchMenuQuery = { __typename?: 'query_root', search_menu: Array<(
    { __typename?: 'menu_search_results', menu_item_id: number | null }
    & { ' $fragmentRefs'?: { 'SearchHit_HitFragment': SearchHit_HitFragment } }
  )> };

export type TipAfterDelivery_OrderFragment = { __typename?: 'orders', id: string, status: OrderStatus, delivered_at: string | null, items_subtotal_cents: number | null, after_delivery_tip: { __typename?: 'order_tips', id: string, amount_cents: number, status: PaymentStatus, failure_reason: string | null } | null } & { ' $fragmentName'?: 'TipAfterDelivery_OrderFragment' };

export type AddTipMutationVariables = Exact<{
  tip: Order_Tips_Insert_Input;
}>;


export type AddTipMutation = { __typename?: 'mutation_root', insert_order_tips_one: { __typename?: 'order_tips', id: string, amount_cents: number, status: PaymentStatus } | null };

export const DeliveryCard_OrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryCard_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_address"}},{"kind":"Field","name":{"kind":"Name","value":"courier_note"}},{"kind":"Field","name":{"kind":"Name","value":"agent_assigned_at"}},{"kind":"Field","name":{"kind":"Name","value":"picked_up_at"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_at"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"menu_item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryCard_OrderFragment, unknown>;
export const IncomingOrderCard_OrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomingOrderCard_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_address"}},{"kind":"Field","name":{"kind":"Name","value":"paid_at"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"menu_item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IncomingOrderCard_OrderFragment, unknown>;
export const MenuItemRow_MenuItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MenuItemRow_menuItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"menu_items"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price_cents"}},{"kind":"Field","name":{"kind":"Name","value":"is_available"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dish_tag"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"asc"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"dish_tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MenuItemRow_MenuItemFragment, unknown>;
export const ArrivalEstimate_OrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArrivalEstimate_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrival_estimate_base"}},{"kind":"Field","name":{"kind":"Name","value":"arrival_estimate_rest_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimated_delivery_at"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_at"}}]}}]} as unknown as DocumentNode<ArrivalEstimate_OrderFragment, unknown>;
export const OrderFailure_OrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFailure_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejection_reason"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure_reason"}},{"kind":"Field","name":{"kind":"Name","value":"card_last4"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}}]} as unknown as DocumentNode<OrderFailure_OrderFragment, unknown>;
export const OrderItems_OrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderItems_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_address"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"items_subtotal_cents"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_fee_cents"}},{"kind":"Field","name":{"kind":"Name","value":"service_fee_cents"}},{"kind":"Field","name":{"kind":"Name","value":"tax_rate_bps"}},{"kind":"Field","name":{"kind":"Name","value":"tax_cents"}},{"kind":"Field","name":{"kind":"Name","value":"tip_cents"}},{"kind":"Field","name":{"kind":"Name","value":"discount_cents"}},{"kind":"Field","name":{"kind":"Name","value":"promo_code"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit_price_cents"}},{"kind":"Field","name":{"kind":"Name","value":"menu_item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrderItems_OrderFragment, unknown>;
export const OrderListRow_OrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderListRow_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrderListRow_OrderFragment, unknown>;
export const OrderTimeline_OrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderTimeline_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"status_history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to_status"}},{"kind":"Field","name":{"kind":"Name","value":"changed_at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}}]} as unknown as DocumentNode<OrderTimeline_OrderFragment, unknown>;
export const RatingSummary_RatingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingSummary_rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ratings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_stars"}},{"kind":"Field","name":{"kind":"Name","value":"courier_stars"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}}]}}]} as unknown as DocumentNode<RatingSummary_RatingFragment, unknown>;
export const RestaurantRating_RatingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantRating_rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"restaurant_ratings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_id"}},{"kind":"Field","name":{"kind":"Name","value":"ratings_count"}},{"kind":"Field","name":{"kind":"Name","value":"average_stars"}}]}}]} as unknown as DocumentNode<RestaurantRating_RatingFragment, unknown>;
export const RestaurantCard_RestaurantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantCard_restaurant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"restaurants"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cuisine"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"is_open"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestaurantRating_rating"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantRating_rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"restaurant_ratings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_id"}},{"kind":"Field","name":{"kind":"Name","value":"ratings_count"}},{"kind":"Field","name":{"kind":"Name","value":"average_stars"}}]}}]} as unknown as DocumentNode<RestaurantCard_RestaurantFragment, unknown>;
export const SearchHit_HitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHit_hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"menu_search_results"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"menu_item_id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price_cents"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_name"}},{"kind":"Field","name":{"kind":"Name","value":"is_open"}}]}}]} as unknown as DocumentNode<SearchHit_HitFragment, unknown>;
export const TipAfterDelivery_OrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipAfterDelivery_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_at"}},{"kind":"Field","name":{"kind":"Name","value":"items_subtotal_cents"}},{"kind":"Field","name":{"kind":"Name","value":"after_delivery_tip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount_cents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure_reason"}}]}}]}}]} as unknown as DocumentNode<TipAfterDelivery_OrderFragment, unknown>;
export const UpdateAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"address"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courierNote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_customer_addresses_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"address"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"courier_note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courierNote"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"courier_note"}},{"kind":"Field","name":{"kind":"Name","value":"is_default"}}]}}]}}]} as unknown as DocumentNode<UpdateAddressMutation, UpdateAddressMutationVariables>;
export const MakeDefaultAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MakeDefaultAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_customer_addresses_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"is_default"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"is_default"}}]}}]}}]} as unknown as DocumentNode<MakeDefaultAddressMutation, MakeDefaultAddressMutationVariables>;
export const DeleteAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delete_customer_addresses_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const SavedAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer_addresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"is_default"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"courier_note"}},{"kind":"Field","name":{"kind":"Name","value":"is_default"}}]}}]}}]} as unknown as DocumentNode<SavedAddressesQuery, SavedAddressesQueryVariables>;
export const SaveAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"address"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courierNote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_customer_addresses_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"address"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"courier_note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courierNote"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"courier_note"}},{"kind":"Field","name":{"kind":"Name","value":"is_default"}}]}}]}}]} as unknown as DocumentNode<SaveAddressMutation, SaveAddressMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SignupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Signup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignupMutation, SignupMutationVariables>;
export const CheckoutChargesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurants_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_fee_cents"}},{"kind":"Field","name":{"kind":"Name","value":"service_fee_cents"}},{"kind":"Field","name":{"kind":"Name","value":"tax_rate_bps"}},{"kind":"Field","name":{"kind":"Name","value":"arrival_estimate_seconds"}}]}}]}}]} as unknown as DocumentNode<CheckoutChargesQuery, CheckoutChargesQueryVariables>;
export const OpeningHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_opening_hours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"restaurant_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"weekday"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"opens_at"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens_at"}},{"kind":"Field","name":{"kind":"Name","value":"closes_at"}}]}}]}}]} as unknown as DocumentNode<OpeningHoursQuery, OpeningHoursQueryVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryAddress"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addressId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courierNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tipCents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promoCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"order_items_insert_input"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_orders_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"restaurant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"delivery_address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryAddress"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"address_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addressId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"courier_note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courierNote"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tip_cents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tipCents"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"promo_code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promoCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"items"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const OrderExistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderExists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderExistsQuery, OrderExistsQueryVariables>;
export const ScheduleOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"jsonb"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryAddress"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addressId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courierNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tipCents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promoCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_scheduled_orders_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"restaurant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"place_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"delivery_address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryAddress"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"address_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addressId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"courier_note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courierNote"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tip_cents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tipCents"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"promo_code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promoCode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"place_at"}}]}}]}}]} as unknown as DocumentNode<ScheduleOrderMutation, ScheduleOrderMutationVariables>;
export const ScheduledOrderExistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduledOrderExists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled_orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduledOrderExistsQuery, ScheduledOrderExistsQueryVariables>;
export const EditMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_order_messages_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditMessageMutation, EditMessageMutationVariables>;
export const DeleteMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_order_messages_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deleted_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteMessageMutation, DeleteMessageMutationVariables>;
export const ConversationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_conversation_member_list"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"order_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"member_role"},"value":{"kind":"EnumValue","value":"asc"}},{"kind":"ObjectField","name":{"kind":"Name","value":"username"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"member_role"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<ConversationMembersSubscription, ConversationMembersSubscriptionVariables>;
export const ConversationPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_presence_status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversations"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"order_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]} as unknown as DocumentNode<ConversationPresenceSubscription, ConversationPresenceSubscriptionVariables>;
export const ConversationTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_typing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"order_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}}]}}]}}]} as unknown as DocumentNode<ConversationTypingSubscription, ConversationTypingSubscriptionVariables>;
export const MessageStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"bigint"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_messages_stream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batch_size"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"cursor"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"initial_value"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"revision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"ordering"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"order_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sender_id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"edited_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}},{"kind":"Field","name":{"kind":"Name","value":"editable_until"}}]}}]}}]} as unknown as DocumentNode<MessageStreamSubscription, MessageStreamSubscriptionVariables>;
export const HeartbeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Heartbeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_user_presence_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"typing_order_id"},"value":{"kind":"NullValue"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"on_conflict"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"constraint"},"value":{"kind":"EnumValue","value":"user_presence_pkey"}},{"kind":"ObjectField","name":{"kind":"Name","value":"update_columns"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"last_seen_at"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}}]}}]}}]} as unknown as DocumentNode<HeartbeatMutation, HeartbeatMutationVariables>;
export const TypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Typing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_user_presence_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"typing_order_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"typing_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"on_conflict"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"constraint"},"value":{"kind":"EnumValue","value":"user_presence_pkey"}},{"kind":"ObjectField","name":{"kind":"Name","value":"update_columns"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"last_seen_at"},{"kind":"EnumValue","value":"typing_order_id"},{"kind":"EnumValue","value":"typing_at"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}}]}}]}}]} as unknown as DocumentNode<TypingMutation, TypingMutationVariables>;
export const ConversationReceiptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_message_reads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"order_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"last_read_at"}}]}}]}}]} as unknown as DocumentNode<ConversationReceiptsSubscription, ConversationReceiptsSubscriptionVariables>;
export const MarkConversationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkConversationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_order_message_reads_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"order_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"last_read_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readAt"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"on_conflict"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"constraint"},"value":{"kind":"EnumValue","value":"order_message_reads_pkey"}},{"kind":"ObjectField","name":{"kind":"Name","value":"update_columns"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"last_read_at"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"last_read_at"}}]}}]}}]} as unknown as DocumentNode<MarkConversationReadMutation, MarkConversationReadMutationVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_order_messages_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"order_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const MeAsAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeAsAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"is_available"}}]}}]}}]} as unknown as DocumentNode<MeAsAgentQuery, MeAsAgentQueryVariables>;
export const MyDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_in"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"agent_assigned","block":false},{"kind":"StringValue","value":"picked_up","block":false}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agent_assigned_at"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryCard_order"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryCard_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_address"}},{"kind":"Field","name":{"kind":"Name","value":"courier_note"}},{"kind":"Field","name":{"kind":"Name","value":"agent_assigned_at"}},{"kind":"Field","name":{"kind":"Name","value":"picked_up_at"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_at"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"menu_item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyDeliveriesSubscription, MyDeliveriesSubscriptionVariables>;
export const RecentlyDeliveredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RecentlyDelivered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"StringValue","value":"delivered","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"delivered_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_address"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_at"}},{"kind":"Field","name":{"kind":"Name","value":"after_delivery_tip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount_cents"}}]}}]}}]}}]} as unknown as DocumentNode<RecentlyDeliveredSubscription, RecentlyDeliveredSubscriptionVariables>;
export const MarkDeliveredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkDelivered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"delivered","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_at"}}]}}]}}]} as unknown as DocumentNode<MarkDeliveredMutation, MarkDeliveredMutationVariables>;
export const MarkPickedUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPickedUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"picked_up","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"picked_up_at"}}]}}]}}]} as unknown as DocumentNode<MarkPickedUpMutation, MarkPickedUpMutationVariables>;
export const MyRestaurantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRestaurant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"auto_approve"}},{"kind":"Field","name":{"kind":"Name","value":"is_open"}}]}}]}}]}}]} as unknown as DocumentNode<MyRestaurantQuery, MyRestaurantQueryVariables>;
export const IncomingOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IncomingOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"StringValue","value":"paid","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"paid_at"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncomingOrderCard_order"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomingOrderCard_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_address"}},{"kind":"Field","name":{"kind":"Name","value":"paid_at"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"menu_item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IncomingOrdersSubscription, IncomingOrdersSubscriptionVariables>;
export const OrdersInProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrdersInProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_in"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"approved","block":false},{"kind":"StringValue","value":"agent_assigned","block":false},{"kind":"StringValue","value":"picked_up","block":false}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"paid_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncomingOrderCard_order"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomingOrderCard_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_address"}},{"kind":"Field","name":{"kind":"Name","value":"paid_at"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"menu_item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersInProgressSubscription, OrdersInProgressSubscriptionVariables>;
export const RecentlyDeclinedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RecentlyDeclined"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"StringValue","value":"restaurant_rejected","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"restaurant_rejected_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"rejection_reason"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_rejected_at"}}]}}]}}]} as unknown as DocumentNode<RecentlyDeclinedSubscription, RecentlyDeclinedSubscriptionVariables>;
export const RecentlyCancelledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RecentlyCancelled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"StringValue","value":"cancelled","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"paid_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cancelled_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled_at"}}]}}]}}]} as unknown as DocumentNode<RecentlyCancelledSubscription, RecentlyCancelledSubscriptionVariables>;
export const KitchenOpeningHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitchenOpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_opening_hours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"restaurant_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"weekday"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"opens_at"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens_at"}},{"kind":"Field","name":{"kind":"Name","value":"closes_at"}}]}}]}}]} as unknown as DocumentNode<KitchenOpeningHoursQuery, KitchenOpeningHoursQueryVariables>;
export const AddOpeningHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekday"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"smallint"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opensAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_restaurant_opening_hours_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"restaurant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restaurantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"weekday"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekday"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"opens_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opensAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"closes_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddOpeningHoursMutation, AddOpeningHoursMutationVariables>;
export const RemoveOpeningHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delete_restaurant_opening_hours_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveOpeningHoursMutation, RemoveOpeningHoursMutationVariables>;
export const ApproveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"approved","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveOrderMutation, ApproveOrderMutationVariables>;
export const RejectOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"restaurant_rejected","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"rejection_reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejection_reason"}}]}}]}}]} as unknown as DocumentNode<RejectOrderMutation, RejectOrderMutationVariables>;
export const DishTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DishTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dish_tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DishTagsQuery, DishTagsQueryVariables>;
export const RestaurantMenuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestaurantMenu"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurants_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cuisine"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"is_open"}},{"kind":"Field","name":{"kind":"Name","value":"arrival_estimate_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"menu_items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dish_tag"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"asc"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MenuItemRow_menuItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MenuItemRow_menuItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"menu_items"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price_cents"}},{"kind":"Field","name":{"kind":"Name","value":"is_available"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dish_tag"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"asc"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"dish_tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<RestaurantMenuQuery, RestaurantMenuQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"read_at"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsSubscription, MyNotificationsSubscriptionVariables>;
export const MyUnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyUnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<MyUnreadNotificationsSubscription, MyUnreadNotificationsSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"read_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected_rows"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderListRow_order"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderListRow_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyOrdersSubscription, MyOrdersSubscriptionVariables>;
export const MyOrderCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyOrderCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders_aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<MyOrderCountSubscription, MyOrderCountSubscriptionVariables>;
export const OrderLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"paid_at"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderTimeline_order"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFailure_order"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderItems_order"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArrivalEstimate_order"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipAfterDelivery_order"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderTimeline_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"status_history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to_status"}},{"kind":"Field","name":{"kind":"Name","value":"changed_at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFailure_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejection_reason"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure_reason"}},{"kind":"Field","name":{"kind":"Name","value":"card_last4"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderItems_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_address"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"items_subtotal_cents"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_fee_cents"}},{"kind":"Field","name":{"kind":"Name","value":"service_fee_cents"}},{"kind":"Field","name":{"kind":"Name","value":"tax_rate_bps"}},{"kind":"Field","name":{"kind":"Name","value":"tax_cents"}},{"kind":"Field","name":{"kind":"Name","value":"tip_cents"}},{"kind":"Field","name":{"kind":"Name","value":"discount_cents"}},{"kind":"Field","name":{"kind":"Name","value":"promo_code"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit_price_cents"}},{"kind":"Field","name":{"kind":"Name","value":"menu_item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArrivalEstimate_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrival_estimate_base"}},{"kind":"Field","name":{"kind":"Name","value":"arrival_estimate_rest_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimated_delivery_at"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipAfterDelivery_order"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"orders"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_at"}},{"kind":"Field","name":{"kind":"Name","value":"items_subtotal_cents"}},{"kind":"Field","name":{"kind":"Name","value":"after_delivery_tip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount_cents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure_reason"}}]}}]}}]} as unknown as DocumentNode<OrderLiveSubscription, OrderLiveSubscriptionVariables>;
export const MyScheduledOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyScheduledOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled_orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"place_at"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"place_at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure_reason"}},{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyScheduledOrdersSubscription, MyScheduledOrdersSubscriptionVariables>;
export const CancelScheduledOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelScheduledOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_scheduled_orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"cancelled","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelScheduledOrderMutation, CancelScheduledOrderMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"cancelled","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled_at"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const SubmitPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardLast4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_payments_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"order_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"payment_token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentToken"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"card_last4"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardLast4"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount_cents"}}]}}]}}]} as unknown as DocumentNode<SubmitPaymentMutation, SubmitPaymentMutationVariables>;
export const OrderRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratings_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_stars"}},{"kind":"Field","name":{"kind":"Name","value":"courier_stars"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingSummary_rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agent_assigned_at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingSummary_rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ratings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_stars"}},{"kind":"Field","name":{"kind":"Name","value":"courier_stars"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}}]}}]} as unknown as DocumentNode<OrderRatingQuery, OrderRatingQueryVariables>;
export const RateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ratings_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_ratings_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingSummary_rating"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingSummary_rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ratings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_stars"}},{"kind":"Field","name":{"kind":"Name","value":"courier_stars"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}}]}}]} as unknown as DocumentNode<RateOrderMutation, RateOrderMutationVariables>;
export const UpdateRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"set"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ratings_set_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_ratings_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"order_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"Variable","name":{"kind":"Name","value":"set"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingSummary_rating"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingSummary_rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ratings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_stars"}},{"kind":"Field","name":{"kind":"Name","value":"courier_stars"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}}]}}]} as unknown as DocumentNode<UpdateRatingMutation, UpdateRatingMutationVariables>;
export const OrderReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"paid_at"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_address"}},{"kind":"Field","name":{"kind":"Name","value":"items_subtotal_cents"}},{"kind":"Field","name":{"kind":"Name","value":"delivery_fee_cents"}},{"kind":"Field","name":{"kind":"Name","value":"service_fee_cents"}},{"kind":"Field","name":{"kind":"Name","value":"tax_rate_bps"}},{"kind":"Field","name":{"kind":"Name","value":"tax_cents"}},{"kind":"Field","name":{"kind":"Name","value":"tip_cents"}},{"kind":"Field","name":{"kind":"Name","value":"discount_cents"}},{"kind":"Field","name":{"kind":"Name","value":"promo_code"}},{"kind":"Field","name":{"kind":"Name","value":"total_cents"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit_price_cents"}},{"kind":"Field","name":{"kind":"Name","value":"menu_item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after_delivery_tip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount_cents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"card_last4"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount_cents"}},{"kind":"Field","name":{"kind":"Name","value":"card_last4"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}}]}}]}}]}}]} as unknown as DocumentNode<OrderReceiptQuery, OrderReceiptQueryVariables>;
export const ReorderItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReorderItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"is_open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit_price_cents"}},{"kind":"Field","name":{"kind":"Name","value":"menu_item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price_cents"}},{"kind":"Field","name":{"kind":"Name","value":"is_available"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReorderItemsQuery, ReorderItemsQueryVariables>;
export const RestaurantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Restaurants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"is_open"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cuisine"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestaurantCard_restaurant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantRating_rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"restaurant_ratings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restaurant_id"}},{"kind":"Field","name":{"kind":"Name","value":"ratings_count"}},{"kind":"Field","name":{"kind":"Name","value":"average_stars"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestaurantCard_restaurant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"restaurants"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cuisine"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"is_open"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestaurantRating_rating"}}]}}]}}]} as unknown as DocumentNode<RestaurantsQuery, RestaurantsQueryVariables>;
export const SearchMenuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMenu"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search_menu"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"args"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"menu_item_id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"menu_item_id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHit_hit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHit_hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"menu_search_results"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"menu_item_id"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price_cents"}},{"kind":"Field","name":{"kind":"Name","value":"restaurant_name"}},{"kind":"Field","name":{"kind":"Name","value":"is_open"}}]}}]} as unknown as DocumentNode<SearchMenuQuery, SearchMenuQueryVariables>;
export const AddTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"order_tips_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_order_tips_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tip"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount_cents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddTipMutation, AddTipMutationVariables>;