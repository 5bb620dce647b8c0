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
    "\n  mutation UpdateAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {\n    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { label: $label, address: $address, courier_note: $courierNote }) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n": typeof types.UpdateAddressDocument,
    "\n  mutation MakeDefaultAddress($id: uuid!) {\n    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { is_default: true }) {\n      id\n      is_default\n    }\n  }\n": typeof types.MakeDefaultAddressDocument,
    "\n  mutation DeleteAddress($id: uuid!) {\n    delete_customer_addresses_by_pk(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteAddressDocument,
    "\n  query SavedAddresses {\n    customer_addresses(order_by: [{ is_default: desc }, { created_at: asc }]) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n": typeof types.SavedAddressesDocument,
    "\n  mutation SaveAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {\n    insert_customer_addresses_one(object: { id: $id, label: $label, address: $address, courier_note: $courierNote }) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n": typeof types.SaveAddressDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Signup($username: String!, $password: String!) {\n    signup(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.SignupDocument,
    "\n  query CheckoutCharges($id: Int!) {\n    restaurants_by_pk(id: $id) {\n      id\n      delivery_fee_cents\n      service_fee_cents\n      tax_rate_bps\n      arrival_estimate_seconds\n    }\n  }\n": typeof types.CheckoutChargesDocument,
    "\n  query OpeningHours($restaurantId: Int!) {\n    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {\n      id\n      weekday\n      opens_at\n      closes_at\n    }\n  }\n": typeof types.OpeningHoursDocument,
    "\n  mutation PlaceOrder(\n    $id: uuid!\n    $restaurantId: Int!\n    $deliveryAddress: String\n    $addressId: uuid\n    $courierNote: String\n    $tipCents: Int = 0\n    $promoCode: String\n    $items: [order_items_insert_input!]!\n  ) {\n    insert_orders_one(\n      object: {\n        id: $id\n        restaurant_id: $restaurantId\n        delivery_address: $deliveryAddress\n        address_id: $addressId\n        courier_note: $courierNote\n        tip_cents: $tipCents\n        promo_code: $promoCode\n        items: { data: $items }\n      }\n    ) {\n      id\n      status\n      created_at\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  query OrderExists($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n    }\n  }\n": typeof types.OrderExistsDocument,
    "\n  mutation ScheduleOrder(\n    $id: uuid!\n    $restaurantId: Int!\n    $placeAt: timestamptz!\n    $lines: jsonb!\n    $deliveryAddress: String\n    $addressId: uuid\n    $courierNote: String\n    $tipCents: Int = 0\n    $promoCode: String\n  ) {\n    insert_scheduled_orders_one(\n      object: {\n        id: $id\n        restaurant_id: $restaurantId\n        place_at: $placeAt\n        lines: $lines\n        delivery_address: $deliveryAddress\n        address_id: $addressId\n        courier_note: $courierNote\n        tip_cents: $tipCents\n        promo_code: $promoCode\n      }\n    ) {\n      id\n      status\n      place_at\n    }\n  }\n": typeof types.ScheduleOrderDocument,
    "\n  query ScheduledOrderExists($id: uuid!) {\n    scheduled_orders_by_pk(id: $id) {\n      id\n    }\n  }\n": typeof types.ScheduledOrderExistsDocument,
    "\n  mutation EditMessage($id: uuid!, $body: String!) {\n    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { body: $body }) {\n      id\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: uuid!, $at: timestamptz!) {\n    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { deleted_at: $at }) {\n      id\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  subscription ConversationMembers($orderId: uuid!) {\n    order_conversation_member_list(where: { order_id: { _eq: $orderId } }, order_by: { member_role: asc, username: asc }) {\n      order_id\n      user_id\n      member_role\n      username\n    }\n  }\n": typeof types.ConversationMembersDocument,
    "\n  subscription ConversationPresence($orderId: uuid!) {\n    user_presence_status(where: { conversations: { order_id: { _eq: $orderId } } }) {\n      user_id\n      online\n    }\n  }\n": typeof types.ConversationPresenceDocument,
    "\n  subscription ConversationTyping($orderId: uuid!) {\n    order_typing(where: { order_id: { _eq: $orderId } }) {\n      order_id\n      user_id\n    }\n  }\n": typeof types.ConversationTypingDocument,
    "\n  subscription MessageStream($orderId: uuid!, $after: bigint!) {\n    order_messages_stream(batch_size: 100, cursor: { initial_value: { revision: $after }, ordering: ASC }, where: { order_id: { _eq: $orderId } }) {\n      id\n      sender_id\n      body\n      seq\n      revision\n      created_at\n      edited_at\n      deleted_at\n      editable_until\n    }\n  }\n": typeof types.MessageStreamDocument,
    "\n  mutation Heartbeat {\n    insert_user_presence_one(object: { typing_order_id: null }, on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at] }) {\n      user_id\n    }\n  }\n": typeof types.HeartbeatDocument,
    "\n  mutation Typing($orderId: uuid, $at: timestamptz) {\n    insert_user_presence_one(\n      object: { typing_order_id: $orderId, typing_at: $at }\n      on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at, typing_order_id, typing_at] }\n    ) {\n      user_id\n    }\n  }\n": typeof types.TypingDocument,
    "\n  subscription ConversationReceipts($orderId: uuid!) {\n    order_message_reads(where: { order_id: { _eq: $orderId } }) {\n      order_id\n      user_id\n      last_read_at\n    }\n  }\n": typeof types.ConversationReceiptsDocument,
    "\n  mutation MarkConversationRead($orderId: uuid!, $readAt: timestamptz!) {\n    insert_order_message_reads_one(\n      object: { order_id: $orderId, last_read_at: $readAt }\n      on_conflict: { constraint: order_message_reads_pkey, update_columns: [last_read_at] }\n    ) {\n      order_id\n      user_id\n      last_read_at\n    }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation SendMessage($id: uuid!, $orderId: uuid!, $body: String!) {\n    insert_order_messages_one(object: { id: $id, order_id: $orderId, body: $body }) {\n      id\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  query MeAsAgent {\n    agents(limit: 1) {\n      id\n      name\n      is_available\n    }\n  }\n": typeof types.MeAsAgentDocument,
    "\n  subscription MyDeliveries {\n    orders(where: { status: { _in: [\"agent_assigned\", \"picked_up\"] } }, order_by: { agent_assigned_at: asc }) {\n      id\n      ...DeliveryCard_order\n    }\n  }\n": typeof types.MyDeliveriesDocument,
    "\n  subscription RecentlyDelivered {\n    orders(where: { status: { _eq: \"delivered\" } }, order_by: { delivered_at: desc }, limit: 5) {\n      id\n      delivery_address\n      delivered_at\n      after_delivery_tip {\n        id\n        amount_cents\n      }\n    }\n  }\n": typeof types.RecentlyDeliveredDocument,
    "\n  fragment DeliveryCard_order on orders {\n    id\n    status\n    delivery_address\n    courier_note\n    agent_assigned_at\n    picked_up_at\n    delivered_at\n    restaurant {\n      id\n      name\n    }\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeliveryCard_OrderFragmentDoc,
    "\n  mutation MarkDelivered($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"delivered\" }) {\n      id\n      status\n      delivered_at\n    }\n  }\n": typeof types.MarkDeliveredDocument,
    "\n  mutation MarkPickedUp($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"picked_up\" }) {\n      id\n      status\n      picked_up_at\n    }\n  }\n": typeof types.MarkPickedUpDocument,
    "\n  fragment IncomingOrderCard_order on orders {\n    id\n    status\n    total_cents\n    delivery_address\n    paid_at\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      note\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n": typeof types.IncomingOrderCard_OrderFragmentDoc,
    "\n  query MyRestaurant($userId: uuid!) {\n    users_by_pk(id: $userId) {\n      id\n      restaurant {\n        id\n        name\n        auto_approve\n        is_open\n      }\n    }\n  }\n": typeof types.MyRestaurantDocument,
    "\n  subscription IncomingOrders {\n    orders(where: { status: { _eq: \"paid\" } }, order_by: { paid_at: asc }) {\n      id\n      ...IncomingOrderCard_order\n    }\n  }\n": typeof types.IncomingOrdersDocument,
    "\n  subscription OrdersInProgress {\n    orders(where: { status: { _in: [\"approved\", \"agent_assigned\", \"picked_up\"] } }, order_by: { paid_at: desc }, limit: 20) {\n      id\n      ...IncomingOrderCard_order\n    }\n  }\n": typeof types.OrdersInProgressDocument,
    "\n  subscription RecentlyDeclined {\n    orders(where: { status: { _eq: \"restaurant_rejected\" } }, order_by: { restaurant_rejected_at: desc }, limit: 10) {\n      id\n      total_cents\n      rejection_reason\n      restaurant_rejected_at\n    }\n  }\n": typeof types.RecentlyDeclinedDocument,
    "\n  subscription RecentlyCancelled {\n    orders(where: { status: { _eq: \"cancelled\" }, paid_at: { _is_null: false } }, order_by: { cancelled_at: desc }, limit: 10) {\n      id\n      total_cents\n      cancelled_at\n    }\n  }\n": typeof types.RecentlyCancelledDocument,
    "\n  query KitchenOpeningHours($restaurantId: Int!) {\n    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {\n      id\n      weekday\n      opens_at\n      closes_at\n    }\n  }\n": typeof types.KitchenOpeningHoursDocument,
    "\n  mutation AddOpeningHours($restaurantId: Int!, $weekday: smallint!, $opensAt: time!, $closesAt: time!) {\n    insert_restaurant_opening_hours_one(object: { restaurant_id: $restaurantId, weekday: $weekday, opens_at: $opensAt, closes_at: $closesAt }) {\n      id\n    }\n  }\n": typeof types.AddOpeningHoursDocument,
    "\n  mutation RemoveOpeningHours($id: Int!) {\n    delete_restaurant_opening_hours_by_pk(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveOpeningHoursDocument,
    "\n  mutation ApproveOrder($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"approved\" }) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveOrderDocument,
    "\n  mutation RejectOrder($id: uuid!, $reason: String!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"restaurant_rejected\", rejection_reason: $reason }) {\n      id\n      status\n      rejection_reason\n    }\n  }\n": typeof types.RejectOrderDocument,
    "\n  query DishTags {\n    dish_tags(order_by: { position: asc }) {\n      tag\n      kind\n      label\n    }\n  }\n": typeof types.DishTagsDocument,
    "\n  fragment MenuItemRow_menuItem on menu_items {\n    id\n    name\n    description\n    price_cents\n    is_available\n    tags(order_by: { dish_tag: { position: asc } }) {\n      tag\n      dish_tag {\n        label\n        kind\n      }\n    }\n  }\n": typeof types.MenuItemRow_MenuItemFragmentDoc,
    "\n  query RestaurantMenu($id: Int!) {\n    restaurants_by_pk(id: $id) {\n      id\n      name\n      cuisine\n      description\n      is_open\n      arrival_estimate_seconds\n      menu_items(order_by: { id: asc }) {\n        id\n        tags(order_by: { dish_tag: { position: asc } }) {\n          tag\n        }\n        ...MenuItemRow_menuItem\n      }\n    }\n  }\n": typeof types.RestaurantMenuDocument,
    "\n  subscription MyNotifications {\n    notifications(order_by: { created_at: desc }, limit: 20) {\n      id\n      order_id\n      kind\n      title\n      body\n      created_at\n      read_at\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  subscription MyUnreadNotifications {\n    notifications_aggregate(where: { read_at: { _is_null: true } }) {\n      aggregate {\n        count\n      }\n    }\n  }\n": typeof types.MyUnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [uuid!]!, $at: timestamptz!) {\n    update_notifications(where: { id: { _in: $ids }, read_at: { _is_null: true } }, _set: { read_at: $at }) {\n      affected_rows\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment ArrivalEstimate_order on orders {\n    id\n    status\n    arrival_estimate_base\n    arrival_estimate_rest_seconds\n    estimated_delivery_at\n    delivered_at\n  }\n": typeof types.ArrivalEstimate_OrderFragmentDoc,
    "\n  subscription MyOrders($limit: Int!, $offset: Int!) {\n    orders(order_by: { created_at: desc }, limit: $limit, offset: $offset) {\n      id\n      ...OrderListRow_order\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  subscription MyOrderCount {\n    orders_aggregate {\n      aggregate {\n        count\n      }\n    }\n  }\n": typeof types.MyOrderCountDocument,
    "\n  fragment OrderFailure_order on orders {\n    id\n    status\n    rejection_reason\n    payments(order_by: { created_at: desc }, limit: 1) {\n      id\n      status\n      failure_reason\n      card_last4\n      created_at\n    }\n  }\n": typeof types.OrderFailure_OrderFragmentDoc,
    "\n  fragment OrderItems_order on orders {\n    id\n    delivery_address\n    total_cents\n    items_subtotal_cents\n    delivery_fee_cents\n    service_fee_cents\n    tax_rate_bps\n    tax_cents\n    tip_cents\n    discount_cents\n    promo_code\n    restaurant {\n      id\n      name\n    }\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      unit_price_cents\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrderItems_OrderFragmentDoc,
    "\n  fragment OrderListRow_order on orders {\n    id\n    status\n    total_cents\n    created_at\n    restaurant {\n      id\n      name\n    }\n  }\n": typeof types.OrderListRow_OrderFragmentDoc,
    "\n  subscription OrderLive($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      status\n      total_cents\n      created_at\n      paid_at\n      payments(order_by: { created_at: desc }, limit: 1) {\n        id\n        status\n      }\n      ...OrderTimeline_order\n      ...OrderFailure_order\n      ...OrderItems_order\n      ...ArrivalEstimate_order\n      ...TipAfterDelivery_order\n    }\n  }\n": typeof types.OrderLiveDocument,
    "\n  fragment OrderTimeline_order on orders {\n    id\n    status\n    created_at\n    status_history(order_by: { id: asc }) {\n      id\n      to_status\n      changed_at\n    }\n    assignment {\n      id\n      agent {\n        id\n        name\n      }\n    }\n    payments(order_by: { created_at: desc }, limit: 1) {\n      id\n      status\n      created_at\n    }\n  }\n": typeof types.OrderTimeline_OrderFragmentDoc,
    "\n  subscription MyScheduledOrders {\n    scheduled_orders(order_by: [{ place_at: desc }], limit: 20) {\n      id\n      place_at\n      status\n      failure_reason\n      order_id\n      lines\n      restaurant {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyScheduledOrdersDocument,
    "\n  mutation CancelScheduledOrder($id: uuid!) {\n    update_scheduled_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"cancelled\" }) {\n      id\n      status\n    }\n  }\n": typeof types.CancelScheduledOrderDocument,
    "\n  mutation CancelOrder($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"cancelled\" }) {\n      id\n      status\n      cancelled_at\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation SubmitPayment($id: uuid!, $orderId: uuid!, $paymentToken: String!, $cardLast4: String!) {\n    insert_payments_one(object: { id: $id, order_id: $orderId, payment_token: $paymentToken, card_last4: $cardLast4 }) {\n      id\n      order_id\n      status\n      amount_cents\n    }\n  }\n": typeof types.SubmitPaymentDocument,
    "\n  query OrderRating($orderId: uuid!) {\n    ratings_by_pk(order_id: $orderId) {\n      order_id\n      restaurant_stars\n      courier_stars\n      comment\n      created_at\n      ...RatingSummary_rating\n    }\n    orders_by_pk(id: $orderId) {\n      id\n      agent_assigned_at\n    }\n  }\n": typeof types.OrderRatingDocument,
    "\n  fragment RatingSummary_rating on ratings {\n    order_id\n    restaurant_stars\n    courier_stars\n    comment\n    created_at\n    updated_at\n  }\n": typeof types.RatingSummary_RatingFragmentDoc,
    "\n  mutation RateOrder($object: ratings_insert_input!) {\n    insert_ratings_one(object: $object) {\n      ...RatingSummary_rating\n    }\n  }\n": typeof types.RateOrderDocument,
    "\n  mutation UpdateRating($orderId: uuid!, $set: ratings_set_input!) {\n    update_ratings_by_pk(pk_columns: { order_id: $orderId }, _set: $set) {\n      ...RatingSummary_rating\n    }\n  }\n": typeof types.UpdateRatingDocument,
    "\n  query OrderReceipt($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      status\n      created_at\n      paid_at\n      delivery_address\n      items_subtotal_cents\n      delivery_fee_cents\n      service_fee_cents\n      tax_rate_bps\n      tax_cents\n      tip_cents\n      discount_cents\n      promo_code\n      total_cents\n      restaurant {\n        id\n        name\n      }\n      items(order_by: { id: asc }) {\n        id\n        quantity\n        unit_price_cents\n        menu_item {\n          id\n          name\n        }\n      }\n      after_delivery_tip {\n        id\n        amount_cents\n        status\n        card_last4\n        updated_at\n      }\n      payments(order_by: { created_at: asc }) {\n        id\n        status\n        amount_cents\n        card_last4\n        created_at\n        updated_at\n      }\n    }\n  }\n": typeof types.OrderReceiptDocument,
    "\n  query ReorderItems($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      restaurant {\n        id\n        name\n        is_open\n      }\n      items(order_by: { id: asc }) {\n        id\n        quantity\n        unit_price_cents\n        menu_item {\n          id\n          name\n          price_cents\n          is_available\n        }\n      }\n    }\n  }\n": typeof types.ReorderItemsDocument,
    "\n  fragment RestaurantCard_restaurant on restaurants {\n    id\n    name\n    cuisine\n    description\n    is_open\n    rating {\n      ...RestaurantRating_rating\n    }\n  }\n": typeof types.RestaurantCard_RestaurantFragmentDoc,
    "\n  fragment RestaurantRating_rating on restaurant_ratings {\n    restaurant_id\n    ratings_count\n    average_stars\n  }\n": typeof types.RestaurantRating_RatingFragmentDoc,
    "\n  query Restaurants {\n    restaurants(order_by: [{ is_open: desc }, { name: asc }]) {\n      id\n      cuisine\n      ...RestaurantCard_restaurant\n    }\n  }\n": typeof types.RestaurantsDocument,
    "\n  fragment SearchHit_hit on menu_search_results {\n    menu_item_id\n    restaurant_id\n    name\n    description\n    price_cents\n    restaurant_name\n    is_open\n  }\n": typeof types.SearchHit_HitFragmentDoc,
    "\n  query SearchMenu($query: String!, $limit: Int!) {\n    search_menu(args: { query: $query }, order_by: [{ rank: desc }, { name: asc }, { menu_item_id: asc }], limit: $limit) {\n      menu_item_id\n      ...SearchHit_hit\n    }\n  }\n": typeof types.SearchMenuDocument,
    "\n  fragment TipAfterDelivery_order on orders {\n    id\n    status\n    delivered_at\n    items_subtotal_cents\n    after_delivery_tip {\n      id\n      amount_cents\n      status\n      failure_reason\n    }\n  }\n": typeof types.TipAfterDelivery_OrderFragmentDoc,
    "\n  mutation AddTip($tip: order_tips_insert_input!) {\n    insert_order_tips_one(object: $tip) {\n      id\n      amount_cents\n      status\n    }\n  }\n": typeof types.AddTipDocument,
};
const documents: Documents = {
    "\n  mutation UpdateAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {\n    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { label: $label, address: $address, courier_note: $courierNote }) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n": types.UpdateAddressDocument,
    "\n  mutation MakeDefaultAddress($id: uuid!) {\n    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { is_default: true }) {\n      id\n      is_default\n    }\n  }\n": types.MakeDefaultAddressDocument,
    "\n  mutation DeleteAddress($id: uuid!) {\n    delete_customer_addresses_by_pk(id: $id) {\n      id\n    }\n  }\n": types.DeleteAddressDocument,
    "\n  query SavedAddresses {\n    customer_addresses(order_by: [{ is_default: desc }, { created_at: asc }]) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n": types.SavedAddressesDocument,
    "\n  mutation SaveAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {\n    insert_customer_addresses_one(object: { id: $id, label: $label, address: $address, courier_note: $courierNote }) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n": types.SaveAddressDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Signup($username: String!, $password: String!) {\n    signup(username: $username, password: $password) {\n      token\n    }\n  }\n": types.SignupDocument,
    "\n  query CheckoutCharges($id: Int!) {\n    restaurants_by_pk(id: $id) {\n      id\n      delivery_fee_cents\n      service_fee_cents\n      tax_rate_bps\n      arrival_estimate_seconds\n    }\n  }\n": types.CheckoutChargesDocument,
    "\n  query OpeningHours($restaurantId: Int!) {\n    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {\n      id\n      weekday\n      opens_at\n      closes_at\n    }\n  }\n": types.OpeningHoursDocument,
    "\n  mutation PlaceOrder(\n    $id: uuid!\n    $restaurantId: Int!\n    $deliveryAddress: String\n    $addressId: uuid\n    $courierNote: String\n    $tipCents: Int = 0\n    $promoCode: String\n    $items: [order_items_insert_input!]!\n  ) {\n    insert_orders_one(\n      object: {\n        id: $id\n        restaurant_id: $restaurantId\n        delivery_address: $deliveryAddress\n        address_id: $addressId\n        courier_note: $courierNote\n        tip_cents: $tipCents\n        promo_code: $promoCode\n        items: { data: $items }\n      }\n    ) {\n      id\n      status\n      created_at\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  query OrderExists($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n    }\n  }\n": types.OrderExistsDocument,
    "\n  mutation ScheduleOrder(\n    $id: uuid!\n    $restaurantId: Int!\n    $placeAt: timestamptz!\n    $lines: jsonb!\n    $deliveryAddress: String\n    $addressId: uuid\n    $courierNote: String\n    $tipCents: Int = 0\n    $promoCode: String\n  ) {\n    insert_scheduled_orders_one(\n      object: {\n        id: $id\n        restaurant_id: $restaurantId\n        place_at: $placeAt\n        lines: $lines\n        delivery_address: $deliveryAddress\n        address_id: $addressId\n        courier_note: $courierNote\n        tip_cents: $tipCents\n        promo_code: $promoCode\n      }\n    ) {\n      id\n      status\n      place_at\n    }\n  }\n": types.ScheduleOrderDocument,
    "\n  query ScheduledOrderExists($id: uuid!) {\n    scheduled_orders_by_pk(id: $id) {\n      id\n    }\n  }\n": types.ScheduledOrderExistsDocument,
    "\n  mutation EditMessage($id: uuid!, $body: String!) {\n    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { body: $body }) {\n      id\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: uuid!, $at: timestamptz!) {\n    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { deleted_at: $at }) {\n      id\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  subscription ConversationMembers($orderId: uuid!) {\n    order_conversation_member_list(where: { order_id: { _eq: $orderId } }, order_by: { member_role: asc, username: asc }) {\n      order_id\n      user_id\n      member_role\n      username\n    }\n  }\n": types.ConversationMembersDocument,
    "\n  subscription ConversationPresence($orderId: uuid!) {\n    user_presence_status(where: { conversations: { order_id: { _eq: $orderId } } }) {\n      user_id\n      online\n    }\n  }\n": types.ConversationPresenceDocument,
    "\n  subscription ConversationTyping($orderId: uuid!) {\n    order_typing(where: { order_id: { _eq: $orderId } }) {\n      order_id\n      user_id\n    }\n  }\n": types.ConversationTypingDocument,
    "\n  subscription MessageStream($orderId: uuid!, $after: bigint!) {\n    order_messages_stream(batch_size: 100, cursor: { initial_value: { revision: $after }, ordering: ASC }, where: { order_id: { _eq: $orderId } }) {\n      id\n      sender_id\n      body\n      seq\n      revision\n      created_at\n      edited_at\n      deleted_at\n      editable_until\n    }\n  }\n": types.MessageStreamDocument,
    "\n  mutation Heartbeat {\n    insert_user_presence_one(object: { typing_order_id: null }, on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at] }) {\n      user_id\n    }\n  }\n": types.HeartbeatDocument,
    "\n  mutation Typing($orderId: uuid, $at: timestamptz) {\n    insert_user_presence_one(\n      object: { typing_order_id: $orderId, typing_at: $at }\n      on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at, typing_order_id, typing_at] }\n    ) {\n      user_id\n    }\n  }\n": types.TypingDocument,
    "\n  subscription ConversationReceipts($orderId: uuid!) {\n    order_message_reads(where: { order_id: { _eq: $orderId } }) {\n      order_id\n      user_id\n      last_read_at\n    }\n  }\n": types.ConversationReceiptsDocument,
    "\n  mutation MarkConversationRead($orderId: uuid!, $readAt: timestamptz!) {\n    insert_order_message_reads_one(\n      object: { order_id: $orderId, last_read_at: $readAt }\n      on_conflict: { constraint: order_message_reads_pkey, update_columns: [last_read_at] }\n    ) {\n      order_id\n      user_id\n      last_read_at\n    }\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation SendMessage($id: uuid!, $orderId: uuid!, $body: String!) {\n    insert_order_messages_one(object: { id: $id, order_id: $orderId, body: $body }) {\n      id\n    }\n  }\n": types.SendMessageDocument,
    "\n  query MeAsAgent {\n    agents(limit: 1) {\n      id\n      name\n      is_available\n    }\n  }\n": types.MeAsAgentDocument,
    "\n  subscription MyDeliveries {\n    orders(where: { status: { _in: [\"agent_assigned\", \"picked_up\"] } }, order_by: { agent_assigned_at: asc }) {\n      id\n      ...DeliveryCard_order\n    }\n  }\n": types.MyDeliveriesDocument,
    "\n  subscription RecentlyDelivered {\n    orders(where: { status: { _eq: \"delivered\" } }, order_by: { delivered_at: desc }, limit: 5) {\n      id\n      delivery_address\n      delivered_at\n      after_delivery_tip {\n        id\n        amount_cents\n      }\n    }\n  }\n": types.RecentlyDeliveredDocument,
    "\n  fragment DeliveryCard_order on orders {\n    id\n    status\n    delivery_address\n    courier_note\n    agent_assigned_at\n    picked_up_at\n    delivered_at\n    restaurant {\n      id\n      name\n    }\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n": types.DeliveryCard_OrderFragmentDoc,
    "\n  mutation MarkDelivered($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"delivered\" }) {\n      id\n      status\n      delivered_at\n    }\n  }\n": types.MarkDeliveredDocument,
    "\n  mutation MarkPickedUp($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"picked_up\" }) {\n      id\n      status\n      picked_up_at\n    }\n  }\n": types.MarkPickedUpDocument,
    "\n  fragment IncomingOrderCard_order on orders {\n    id\n    status\n    total_cents\n    delivery_address\n    paid_at\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      note\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n": types.IncomingOrderCard_OrderFragmentDoc,
    "\n  query MyRestaurant($userId: uuid!) {\n    users_by_pk(id: $userId) {\n      id\n      restaurant {\n        id\n        name\n        auto_approve\n        is_open\n      }\n    }\n  }\n": types.MyRestaurantDocument,
    "\n  subscription IncomingOrders {\n    orders(where: { status: { _eq: \"paid\" } }, order_by: { paid_at: asc }) {\n      id\n      ...IncomingOrderCard_order\n    }\n  }\n": types.IncomingOrdersDocument,
    "\n  subscription OrdersInProgress {\n    orders(where: { status: { _in: [\"approved\", \"agent_assigned\", \"picked_up\"] } }, order_by: { paid_at: desc }, limit: 20) {\n      id\n      ...IncomingOrderCard_order\n    }\n  }\n": types.OrdersInProgressDocument,
    "\n  subscription RecentlyDeclined {\n    orders(where: { status: { _eq: \"restaurant_rejected\" } }, order_by: { restaurant_rejected_at: desc }, limit: 10) {\n      id\n      total_cents\n      rejection_reason\n      restaurant_rejected_at\n    }\n  }\n": types.RecentlyDeclinedDocument,
    "\n  subscription RecentlyCancelled {\n    orders(where: { status: { _eq: \"cancelled\" }, paid_at: { _is_null: false } }, order_by: { cancelled_at: desc }, limit: 10) {\n      id\n      total_cents\n      cancelled_at\n    }\n  }\n": types.RecentlyCancelledDocument,
    "\n  query KitchenOpeningHours($restaurantId: Int!) {\n    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {\n      id\n      weekday\n      opens_at\n      closes_at\n    }\n  }\n": types.KitchenOpeningHoursDocument,
    "\n  mutation AddOpeningHours($restaurantId: Int!, $weekday: smallint!, $opensAt: time!, $closesAt: time!) {\n    insert_restaurant_opening_hours_one(object: { restaurant_id: $restaurantId, weekday: $weekday, opens_at: $opensAt, closes_at: $closesAt }) {\n      id\n    }\n  }\n": types.AddOpeningHoursDocument,
    "\n  mutation RemoveOpeningHours($id: Int!) {\n    delete_restaurant_opening_hours_by_pk(id: $id) {\n      id\n    }\n  }\n": types.RemoveOpeningHoursDocument,
    "\n  mutation ApproveOrder($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"approved\" }) {\n      id\n      status\n    }\n  }\n": types.ApproveOrderDocument,
    "\n  mutation RejectOrder($id: uuid!, $reason: String!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"restaurant_rejected\", rejection_reason: $reason }) {\n      id\n      status\n      rejection_reason\n    }\n  }\n": types.RejectOrderDocument,
    "\n  query DishTags {\n    dish_tags(order_by: { position: asc }) {\n      tag\n      kind\n      label\n    }\n  }\n": types.DishTagsDocument,
    "\n  fragment MenuItemRow_menuItem on menu_items {\n    id\n    name\n    description\n    price_cents\n    is_available\n    tags(order_by: { dish_tag: { position: asc } }) {\n      tag\n      dish_tag {\n        label\n        kind\n      }\n    }\n  }\n": types.MenuItemRow_MenuItemFragmentDoc,
    "\n  query RestaurantMenu($id: Int!) {\n    restaurants_by_pk(id: $id) {\n      id\n      name\n      cuisine\n      description\n      is_open\n      arrival_estimate_seconds\n      menu_items(order_by: { id: asc }) {\n        id\n        tags(order_by: { dish_tag: { position: asc } }) {\n          tag\n        }\n        ...MenuItemRow_menuItem\n      }\n    }\n  }\n": types.RestaurantMenuDocument,
    "\n  subscription MyNotifications {\n    notifications(order_by: { created_at: desc }, limit: 20) {\n      id\n      order_id\n      kind\n      title\n      body\n      created_at\n      read_at\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  subscription MyUnreadNotifications {\n    notifications_aggregate(where: { read_at: { _is_null: true } }) {\n      aggregate {\n        count\n      }\n    }\n  }\n": types.MyUnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [uuid!]!, $at: timestamptz!) {\n    update_notifications(where: { id: { _in: $ids }, read_at: { _is_null: true } }, _set: { read_at: $at }) {\n      affected_rows\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment ArrivalEstimate_order on orders {\n    id\n    status\n    arrival_estimate_base\n    arrival_estimate_rest_seconds\n    estimated_delivery_at\n    delivered_at\n  }\n": types.ArrivalEstimate_OrderFragmentDoc,
    "\n  subscription MyOrders($limit: Int!, $offset: Int!) {\n    orders(order_by: { created_at: desc }, limit: $limit, offset: $offset) {\n      id\n      ...OrderListRow_order\n    }\n  }\n": types.MyOrdersDocument,
    "\n  subscription MyOrderCount {\n    orders_aggregate {\n      aggregate {\n        count\n      }\n    }\n  }\n": types.MyOrderCountDocument,
    "\n  fragment OrderFailure_order on orders {\n    id\n    status\n    rejection_reason\n    payments(order_by: { created_at: desc }, limit: 1) {\n      id\n      status\n      failure_reason\n      card_last4\n      created_at\n    }\n  }\n": types.OrderFailure_OrderFragmentDoc,
    "\n  fragment OrderItems_order on orders {\n    id\n    delivery_address\n    total_cents\n    items_subtotal_cents\n    delivery_fee_cents\n    service_fee_cents\n    tax_rate_bps\n    tax_cents\n    tip_cents\n    discount_cents\n    promo_code\n    restaurant {\n      id\n      name\n    }\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      unit_price_cents\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n": types.OrderItems_OrderFragmentDoc,
    "\n  fragment OrderListRow_order on orders {\n    id\n    status\n    total_cents\n    created_at\n    restaurant {\n      id\n      name\n    }\n  }\n": types.OrderListRow_OrderFragmentDoc,
    "\n  subscription OrderLive($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      status\n      total_cents\n      created_at\n      paid_at\n      payments(order_by: { created_at: desc }, limit: 1) {\n        id\n        status\n      }\n      ...OrderTimeline_order\n      ...OrderFailure_order\n      ...OrderItems_order\n      ...ArrivalEstimate_order\n      ...TipAfterDelivery_order\n    }\n  }\n": types.OrderLiveDocument,
    "\n  fragment OrderTimeline_order on orders {\n    id\n    status\n    created_at\n    status_history(order_by: { id: asc }) {\n      id\n      to_status\n      changed_at\n    }\n    assignment {\n      id\n      agent {\n        id\n        name\n      }\n    }\n    payments(order_by: { created_at: desc }, limit: 1) {\n      id\n      status\n      created_at\n    }\n  }\n": types.OrderTimeline_OrderFragmentDoc,
    "\n  subscription MyScheduledOrders {\n    scheduled_orders(order_by: [{ place_at: desc }], limit: 20) {\n      id\n      place_at\n      status\n      failure_reason\n      order_id\n      lines\n      restaurant {\n        id\n        name\n      }\n    }\n  }\n": types.MyScheduledOrdersDocument,
    "\n  mutation CancelScheduledOrder($id: uuid!) {\n    update_scheduled_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"cancelled\" }) {\n      id\n      status\n    }\n  }\n": types.CancelScheduledOrderDocument,
    "\n  mutation CancelOrder($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"cancelled\" }) {\n      id\n      status\n      cancelled_at\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation SubmitPayment($id: uuid!, $orderId: uuid!, $paymentToken: String!, $cardLast4: String!) {\n    insert_payments_one(object: { id: $id, order_id: $orderId, payment_token: $paymentToken, card_last4: $cardLast4 }) {\n      id\n      order_id\n      status\n      amount_cents\n    }\n  }\n": types.SubmitPaymentDocument,
    "\n  query OrderRating($orderId: uuid!) {\n    ratings_by_pk(order_id: $orderId) {\n      order_id\n      restaurant_stars\n      courier_stars\n      comment\n      created_at\n      ...RatingSummary_rating\n    }\n    orders_by_pk(id: $orderId) {\n      id\n      agent_assigned_at\n    }\n  }\n": types.OrderRatingDocument,
    "\n  fragment RatingSummary_rating on ratings {\n    order_id\n    restaurant_stars\n    courier_stars\n    comment\n    created_at\n    updated_at\n  }\n": types.RatingSummary_RatingFragmentDoc,
    "\n  mutation RateOrder($object: ratings_insert_input!) {\n    insert_ratings_one(object: $object) {\n      ...RatingSummary_rating\n    }\n  }\n": types.RateOrderDocument,
    "\n  mutation UpdateRating($orderId: uuid!, $set: ratings_set_input!) {\n    update_ratings_by_pk(pk_columns: { order_id: $orderId }, _set: $set) {\n      ...RatingSummary_rating\n    }\n  }\n": types.UpdateRatingDocument,
    "\n  query OrderReceipt($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      status\n      created_at\n      paid_at\n      delivery_address\n      items_subtotal_cents\n      delivery_fee_cents\n      service_fee_cents\n      tax_rate_bps\n      tax_cents\n      tip_cents\n      discount_cents\n      promo_code\n      total_cents\n      restaurant {\n        id\n        name\n      }\n      items(order_by: { id: asc }) {\n        id\n        quantity\n        unit_price_cents\n        menu_item {\n          id\n          name\n        }\n      }\n      after_delivery_tip {\n        id\n        amount_cents\n        status\n        card_last4\n        updated_at\n      }\n      payments(order_by: { created_at: asc }) {\n        id\n        status\n        amount_cents\n        card_last4\n        created_at\n        updated_at\n      }\n    }\n  }\n": types.OrderReceiptDocument,
    "\n  query ReorderItems($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      restaurant {\n        id\n        name\n        is_open\n      }\n      items(order_by: { id: asc }) {\n        id\n        quantity\n        unit_price_cents\n        menu_item {\n          id\n          name\n          price_cents\n          is_available\n        }\n      }\n    }\n  }\n": types.ReorderItemsDocument,
    "\n  fragment RestaurantCard_restaurant on restaurants {\n    id\n    name\n    cuisine\n    description\n    is_open\n    rating {\n      ...RestaurantRating_rating\n    }\n  }\n": types.RestaurantCard_RestaurantFragmentDoc,
    "\n  fragment RestaurantRating_rating on restaurant_ratings {\n    restaurant_id\n    ratings_count\n    average_stars\n  }\n": types.RestaurantRating_RatingFragmentDoc,
    "\n  query Restaurants {\n    restaurants(order_by: [{ is_open: desc }, { name: asc }]) {\n      id\n      cuisine\n      ...RestaurantCard_restaurant\n    }\n  }\n": types.RestaurantsDocument,
    "\n  fragment SearchHit_hit on menu_search_results {\n    menu_item_id\n    restaurant_id\n    name\n    description\n    price_cents\n    restaurant_name\n    is_open\n  }\n": types.SearchHit_HitFragmentDoc,
    "\n  query SearchMenu($query: String!, $limit: Int!) {\n    search_menu(args: { query: $query }, order_by: [{ rank: desc }, { name: asc }, { menu_item_id: asc }], limit: $limit) {\n      menu_item_id\n      ...SearchHit_hit\n    }\n  }\n": types.SearchMenuDocument,
    "\n  fragment TipAfterDelivery_order on orders {\n    id\n    status\n    delivered_at\n    items_subtotal_cents\n    after_delivery_tip {\n      id\n      amount_cents\n      status\n      failure_reason\n    }\n  }\n": types.TipAfterDelivery_OrderFragmentDoc,
    "\n  mutation AddTip($tip: order_tips_insert_input!) {\n    insert_order_tips_one(object: $tip) {\n      id\n      amount_cents\n      status\n    }\n  }\n": types.AddTipDocument,
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
export function graphql(source: "\n  mutation UpdateAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {\n    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { label: $label, address: $address, courier_note: $courierNote }) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {\n    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { label: $label, address: $address, courier_note: $courierNote }) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeDefaultAddress($id: uuid!) {\n    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { is_default: true }) {\n      id\n      is_default\n    }\n  }\n"): (typeof documents)["\n  mutation MakeDefaultAddress($id: uuid!) {\n    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { is_default: true }) {\n      id\n      is_default\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAddress($id: uuid!) {\n    delete_customer_addresses_by_pk(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAddress($id: uuid!) {\n    delete_customer_addresses_by_pk(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedAddresses {\n    customer_addresses(order_by: [{ is_default: desc }, { created_at: asc }]) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n"): (typeof documents)["\n  query SavedAddresses {\n    customer_addresses(order_by: [{ is_default: desc }, { created_at: asc }]) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {\n    insert_customer_addresses_one(object: { id: $id, label: $label, address: $address, courier_note: $courierNote }) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {\n    insert_customer_addresses_one(object: { id: $id, label: $label, address: $address, courier_note: $courierNote }) {\n      id\n      label\n      address\n      courier_note\n      is_default\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Signup($username: String!, $password: String!) {\n    signup(username: $username, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Signup($username: String!, $password: String!) {\n    signup(username: $username, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutCharges($id: Int!) {\n    restaurants_by_pk(id: $id) {\n      id\n      delivery_fee_cents\n      service_fee_cents\n      tax_rate_bps\n      arrival_estimate_seconds\n    }\n  }\n"): (typeof documents)["\n  query CheckoutCharges($id: Int!) {\n    restaurants_by_pk(id: $id) {\n      id\n      delivery_fee_cents\n      service_fee_cents\n      tax_rate_bps\n      arrival_estimate_seconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningHours($restaurantId: Int!) {\n    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {\n      id\n      weekday\n      opens_at\n      closes_at\n    }\n  }\n"): (typeof documents)["\n  query OpeningHours($restaurantId: Int!) {\n    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {\n      id\n      weekday\n      opens_at\n      closes_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder(\n    $id: uuid!\n    $restaurantId: Int!\n    $deliveryAddress: String\n    $addressId: uuid\n    $courierNote: String\n    $tipCents: Int = 0\n    $promoCode: String\n    $items: [order_items_insert_input!]!\n  ) {\n    insert_orders_one(\n      object: {\n        id: $id\n        restaurant_id: $restaurantId\n        delivery_address: $deliveryAddress\n        address_id: $addressId\n        courier_note: $courierNote\n        tip_cents: $tipCents\n        promo_code: $promoCode\n        items: { data: $items }\n      }\n    ) {\n      id\n      status\n      created_at\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder(\n    $id: uuid!\n    $restaurantId: Int!\n    $deliveryAddress: String\n    $addressId: uuid\n    $courierNote: String\n    $tipCents: Int = 0\n    $promoCode: String\n    $items: [order_items_insert_input!]!\n  ) {\n    insert_orders_one(\n      object: {\n        id: $id\n        restaurant_id: $restaurantId\n        delivery_address: $deliveryAddress\n        address_id: $addressId\n        courier_note: $courierNote\n        tip_cents: $tipCents\n        promo_code: $promoCode\n        items: { data: $items }\n      }\n    ) {\n      id\n      status\n      created_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderExists($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OrderExists($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleOrder(\n    $id: uuid!\n    $restaurantId: Int!\n    $placeAt: timestamptz!\n    $lines: jsonb!\n    $deliveryAddress: String\n    $addressId: uuid\n    $courierNote: String\n    $tipCents: Int = 0\n    $promoCode: String\n  ) {\n    insert_scheduled_orders_one(\n      object: {\n        id: $id\n        restaurant_id: $restaurantId\n        place_at: $placeAt\n        lines: $lines\n        delivery_address: $deliveryAddress\n        address_id: $addressId\n        courier_note: $courierNote\n        tip_cents: $tipCents\n        promo_code: $promoCode\n      }\n    ) {\n      id\n      status\n      place_at\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleOrder(\n    $id: uuid!\n    $restaurantId: Int!\n    $placeAt: timestamptz!\n    $lines: jsonb!\n    $deliveryAddress: String\n    $addressId: uuid\n    $courierNote: String\n    $tipCents: Int = 0\n    $promoCode: String\n  ) {\n    insert_scheduled_orders_one(\n      object: {\n        id: $id\n        restaurant_id: $restaurantId\n        place_at: $placeAt\n        lines: $lines\n        delivery_address: $deliveryAddress\n        address_id: $addressId\n        courier_note: $courierNote\n        tip_cents: $tipCents\n        promo_code: $promoCode\n      }\n    ) {\n      id\n      status\n      place_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledOrderExists($id: uuid!) {\n    scheduled_orders_by_pk(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ScheduledOrderExists($id: uuid!) {\n    scheduled_orders_by_pk(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($id: uuid!, $body: String!) {\n    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { body: $body }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($id: uuid!, $body: String!) {\n    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { body: $body }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: uuid!, $at: timestamptz!) {\n    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { deleted_at: $at }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($id: uuid!, $at: timestamptz!) {\n    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { deleted_at: $at }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationMembers($orderId: uuid!) {\n    order_conversation_member_list(where: { order_id: { _eq: $orderId } }, order_by: { member_role: asc, username: asc }) {\n      order_id\n      user_id\n      member_role\n      username\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationMembers($orderId: uuid!) {\n    order_conversation_member_list(where: { order_id: { _eq: $orderId } }, order_by: { member_role: asc, username: asc }) {\n      order_id\n      user_id\n      member_role\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationPresence($orderId: uuid!) {\n    user_presence_status(where: { conversations: { order_id: { _eq: $orderId } } }) {\n      user_id\n      online\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationPresence($orderId: uuid!) {\n    user_presence_status(where: { conversations: { order_id: { _eq: $orderId } } }) {\n      user_id\n      online\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationTyping($orderId: uuid!) {\n    order_typing(where: { order_id: { _eq: $orderId } }) {\n      order_id\n      user_id\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationTyping($orderId: uuid!) {\n    order_typing(where: { order_id: { _eq: $orderId } }) {\n      order_id\n      user_id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageStream($orderId: uuid!, $after: bigint!) {\n    order_messages_stream(batch_size: 100, cursor: { initial_value: { revision: $after }, ordering: ASC }, where: { order_id: { _eq: $orderId } }) {\n      id\n      sender_id\n      body\n      seq\n      revision\n      created_at\n      edited_at\n      deleted_at\n      editable_until\n    }\n  }\n"): (typeof documents)["\n  subscription MessageStream($orderId: uuid!, $after: bigint!) {\n    order_messages_stream(batch_size: 100, cursor: { initial_value: { revision: $after }, ordering: ASC }, where: { order_id: { _eq: $orderId } }) {\n      id\n      sender_id\n      body\n      seq\n      revision\n      created_at\n      edited_at\n      deleted_at\n      editable_until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Heartbeat {\n    insert_user_presence_one(object: { typing_order_id: null }, on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at] }) {\n      user_id\n    }\n  }\n"): (typeof documents)["\n  mutation Heartbeat {\n    insert_user_presence_one(object: { typing_order_id: null }, on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at] }) {\n      user_id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Typing($orderId: uuid, $at: timestamptz) {\n    insert_user_presence_one(\n      object: { typing_order_id: $orderId, typing_at: $at }\n      on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at, typing_order_id, typing_at] }\n    ) {\n      user_id\n    }\n  }\n"): (typeof documents)["\n  mutation Typing($orderId: uuid, $at: timestamptz) {\n    insert_user_presence_one(\n      object: { typing_order_id: $orderId, typing_at: $at }\n      on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at, typing_order_id, typing_at] }\n    ) {\n      user_id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationReceipts($orderId: uuid!) {\n    order_message_reads(where: { order_id: { _eq: $orderId } }) {\n      order_id\n      user_id\n      last_read_at\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationReceipts($orderId: uuid!) {\n    order_message_reads(where: { order_id: { _eq: $orderId } }) {\n      order_id\n      user_id\n      last_read_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($orderId: uuid!, $readAt: timestamptz!) {\n    insert_order_message_reads_one(\n      object: { order_id: $orderId, last_read_at: $readAt }\n      on_conflict: { constraint: order_message_reads_pkey, update_columns: [last_read_at] }\n    ) {\n      order_id\n      user_id\n      last_read_at\n    }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($orderId: uuid!, $readAt: timestamptz!) {\n    insert_order_message_reads_one(\n      object: { order_id: $orderId, last_read_at: $readAt }\n      on_conflict: { constraint: order_message_reads_pkey, update_columns: [last_read_at] }\n    ) {\n      order_id\n      user_id\n      last_read_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($id: uuid!, $orderId: uuid!, $body: String!) {\n    insert_order_messages_one(object: { id: $id, order_id: $orderId, body: $body }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($id: uuid!, $orderId: uuid!, $body: String!) {\n    insert_order_messages_one(object: { id: $id, order_id: $orderId, body: $body }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeAsAgent {\n    agents(limit: 1) {\n      id\n      name\n      is_available\n    }\n  }\n"): (typeof documents)["\n  query MeAsAgent {\n    agents(limit: 1) {\n      id\n      name\n      is_available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyDeliveries {\n    orders(where: { status: { _in: [\"agent_assigned\", \"picked_up\"] } }, order_by: { agent_assigned_at: asc }) {\n      id\n      ...DeliveryCard_order\n    }\n  }\n"): (typeof documents)["\n  subscription MyDeliveries {\n    orders(where: { status: { _in: [\"agent_assigned\", \"picked_up\"] } }, order_by: { agent_assigned_at: asc }) {\n      id\n      ...DeliveryCard_order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RecentlyDelivered {\n    orders(where: { status: { _eq: \"delivered\" } }, order_by: { delivered_at: desc }, limit: 5) {\n      id\n      delivery_address\n      delivered_at\n      after_delivery_tip {\n        id\n        amount_cents\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RecentlyDelivered {\n    orders(where: { status: { _eq: \"delivered\" } }, order_by: { delivered_at: desc }, limit: 5) {\n      id\n      delivery_address\n      delivered_at\n      after_delivery_tip {\n        id\n        amount_cents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryCard_order on orders {\n    id\n    status\n    delivery_address\n    courier_note\n    agent_assigned_at\n    picked_up_at\n    delivered_at\n    restaurant {\n      id\n      name\n    }\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeliveryCard_order on orders {\n    id\n    status\n    delivery_address\n    courier_note\n    agent_assigned_at\n    picked_up_at\n    delivered_at\n    restaurant {\n      id\n      name\n    }\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDelivered($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"delivered\" }) {\n      id\n      status\n      delivered_at\n    }\n  }\n"): (typeof documents)["\n  mutation MarkDelivered($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"delivered\" }) {\n      id\n      status\n      delivered_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPickedUp($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"picked_up\" }) {\n      id\n      status\n      picked_up_at\n    }\n  }\n"): (typeof documents)["\n  mutation MarkPickedUp($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"picked_up\" }) {\n      id\n      status\n      picked_up_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncomingOrderCard_order on orders {\n    id\n    status\n    total_cents\n    delivery_address\n    paid_at\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      note\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IncomingOrderCard_order on orders {\n    id\n    status\n    total_cents\n    delivery_address\n    paid_at\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      note\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRestaurant($userId: uuid!) {\n    users_by_pk(id: $userId) {\n      id\n      restaurant {\n        id\n        name\n        auto_approve\n        is_open\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRestaurant($userId: uuid!) {\n    users_by_pk(id: $userId) {\n      id\n      restaurant {\n        id\n        name\n        auto_approve\n        is_open\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncomingOrders {\n    orders(where: { status: { _eq: \"paid\" } }, order_by: { paid_at: asc }) {\n      id\n      ...IncomingOrderCard_order\n    }\n  }\n"): (typeof documents)["\n  subscription IncomingOrders {\n    orders(where: { status: { _eq: \"paid\" } }, order_by: { paid_at: asc }) {\n      id\n      ...IncomingOrderCard_order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrdersInProgress {\n    orders(where: { status: { _in: [\"approved\", \"agent_assigned\", \"picked_up\"] } }, order_by: { paid_at: desc }, limit: 20) {\n      id\n      ...IncomingOrderCard_order\n    }\n  }\n"): (typeof documents)["\n  subscription OrdersInProgress {\n    orders(where: { status: { _in: [\"approved\", \"agent_assigned\", \"picked_up\"] } }, order_by: { paid_at: desc }, limit: 20) {\n      id\n      ...IncomingOrderCard_order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RecentlyDeclined {\n    orders(where: { status: { _eq: \"restaurant_rejected\" } }, order_by: { restaurant_rejected_at: desc }, limit: 10) {\n      id\n      total_cents\n      rejection_reason\n      restaurant_rejected_at\n    }\n  }\n"): (typeof documents)["\n  subscription RecentlyDeclined {\n    orders(where: { status: { _eq: \"restaurant_rejected\" } }, order_by: { restaurant_rejected_at: desc }, limit: 10) {\n      id\n      total_cents\n      rejection_reason\n      restaurant_rejected_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RecentlyCancelled {\n    orders(where: { status: { _eq: \"cancelled\" }, paid_at: { _is_null: false } }, order_by: { cancelled_at: desc }, limit: 10) {\n      id\n      total_cents\n      cancelled_at\n    }\n  }\n"): (typeof documents)["\n  subscription RecentlyCancelled {\n    orders(where: { status: { _eq: \"cancelled\" }, paid_at: { _is_null: false } }, order_by: { cancelled_at: desc }, limit: 10) {\n      id\n      total_cents\n      cancelled_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitchenOpeningHours($restaurantId: Int!) {\n    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {\n      id\n      weekday\n      opens_at\n      closes_at\n    }\n  }\n"): (typeof documents)["\n  query KitchenOpeningHours($restaurantId: Int!) {\n    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {\n      id\n      weekday\n      opens_at\n      closes_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOpeningHours($restaurantId: Int!, $weekday: smallint!, $opensAt: time!, $closesAt: time!) {\n    insert_restaurant_opening_hours_one(object: { restaurant_id: $restaurantId, weekday: $weekday, opens_at: $opensAt, closes_at: $closesAt }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddOpeningHours($restaurantId: Int!, $weekday: smallint!, $opensAt: time!, $closesAt: time!) {\n    insert_restaurant_opening_hours_one(object: { restaurant_id: $restaurantId, weekday: $weekday, opens_at: $opensAt, closes_at: $closesAt }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOpeningHours($id: Int!) {\n    delete_restaurant_opening_hours_by_pk(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOpeningHours($id: Int!) {\n    delete_restaurant_opening_hours_by_pk(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOrder($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"approved\" }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveOrder($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"approved\" }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOrder($id: uuid!, $reason: String!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"restaurant_rejected\", rejection_reason: $reason }) {\n      id\n      status\n      rejection_reason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectOrder($id: uuid!, $reason: String!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"restaurant_rejected\", rejection_reason: $reason }) {\n      id\n      status\n      rejection_reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DishTags {\n    dish_tags(order_by: { position: asc }) {\n      tag\n      kind\n      label\n    }\n  }\n"): (typeof documents)["\n  query DishTags {\n    dish_tags(order_by: { position: asc }) {\n      tag\n      kind\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MenuItemRow_menuItem on menu_items {\n    id\n    name\n    description\n    price_cents\n    is_available\n    tags(order_by: { dish_tag: { position: asc } }) {\n      tag\n      dish_tag {\n        label\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MenuItemRow_menuItem on menu_items {\n    id\n    name\n    description\n    price_cents\n    is_available\n    tags(order_by: { dish_tag: { position: asc } }) {\n      tag\n      dish_tag {\n        label\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestaurantMenu($id: Int!) {\n    restaurants_by_pk(id: $id) {\n      id\n      name\n      cuisine\n      description\n      is_open\n      arrival_estimate_seconds\n      menu_items(order_by: { id: asc }) {\n        id\n        tags(order_by: { dish_tag: { position: asc } }) {\n          tag\n        }\n        ...MenuItemRow_menuItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query RestaurantMenu($id: Int!) {\n    restaurants_by_pk(id: $id) {\n      id\n      name\n      cuisine\n      description\n      is_open\n      arrival_estimate_seconds\n      menu_items(order_by: { id: asc }) {\n        id\n        tags(order_by: { dish_tag: { position: asc } }) {\n          tag\n        }\n        ...MenuItemRow_menuItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyNotifications {\n    notifications(order_by: { created_at: desc }, limit: 20) {\n      id\n      order_id\n      kind\n      title\n      body\n      created_at\n      read_at\n    }\n  }\n"): (typeof documents)["\n  subscription MyNotifications {\n    notifications(order_by: { created_at: desc }, limit: 20) {\n      id\n      order_id\n      kind\n      title\n      body\n      created_at\n      read_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyUnreadNotifications {\n    notifications_aggregate(where: { read_at: { _is_null: true } }) {\n      aggregate {\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyUnreadNotifications {\n    notifications_aggregate(where: { read_at: { _is_null: true } }) {\n      aggregate {\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [uuid!]!, $at: timestamptz!) {\n    update_notifications(where: { id: { _in: $ids }, read_at: { _is_null: true } }, _set: { read_at: $at }) {\n      affected_rows\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [uuid!]!, $at: timestamptz!) {\n    update_notifications(where: { id: { _in: $ids }, read_at: { _is_null: true } }, _set: { read_at: $at }) {\n      affected_rows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArrivalEstimate_order on orders {\n    id\n    status\n    arrival_estimate_base\n    arrival_estimate_rest_seconds\n    estimated_delivery_at\n    delivered_at\n  }\n"): (typeof documents)["\n  fragment ArrivalEstimate_order on orders {\n    id\n    status\n    arrival_estimate_base\n    arrival_estimate_rest_seconds\n    estimated_delivery_at\n    delivered_at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyOrders($limit: Int!, $offset: Int!) {\n    orders(order_by: { created_at: desc }, limit: $limit, offset: $offset) {\n      id\n      ...OrderListRow_order\n    }\n  }\n"): (typeof documents)["\n  subscription MyOrders($limit: Int!, $offset: Int!) {\n    orders(order_by: { created_at: desc }, limit: $limit, offset: $offset) {\n      id\n      ...OrderListRow_order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyOrderCount {\n    orders_aggregate {\n      aggregate {\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyOrderCount {\n    orders_aggregate {\n      aggregate {\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFailure_order on orders {\n    id\n    status\n    rejection_reason\n    payments(order_by: { created_at: desc }, limit: 1) {\n      id\n      status\n      failure_reason\n      card_last4\n      created_at\n    }\n  }\n"): (typeof documents)["\n  fragment OrderFailure_order on orders {\n    id\n    status\n    rejection_reason\n    payments(order_by: { created_at: desc }, limit: 1) {\n      id\n      status\n      failure_reason\n      card_last4\n      created_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderItems_order on orders {\n    id\n    delivery_address\n    total_cents\n    items_subtotal_cents\n    delivery_fee_cents\n    service_fee_cents\n    tax_rate_bps\n    tax_cents\n    tip_cents\n    discount_cents\n    promo_code\n    restaurant {\n      id\n      name\n    }\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      unit_price_cents\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderItems_order on orders {\n    id\n    delivery_address\n    total_cents\n    items_subtotal_cents\n    delivery_fee_cents\n    service_fee_cents\n    tax_rate_bps\n    tax_cents\n    tip_cents\n    discount_cents\n    promo_code\n    restaurant {\n      id\n      name\n    }\n    items(order_by: { id: asc }) {\n      id\n      quantity\n      unit_price_cents\n      menu_item {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderListRow_order on orders {\n    id\n    status\n    total_cents\n    created_at\n    restaurant {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrderListRow_order on orders {\n    id\n    status\n    total_cents\n    created_at\n    restaurant {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderLive($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      status\n      total_cents\n      created_at\n      paid_at\n      payments(order_by: { created_at: desc }, limit: 1) {\n        id\n        status\n      }\n      ...OrderTimeline_order\n      ...OrderFailure_order\n      ...OrderItems_order\n      ...ArrivalEstimate_order\n      ...TipAfterDelivery_order\n    }\n  }\n"): (typeof documents)["\n  subscription OrderLive($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      status\n      total_cents\n      created_at\n      paid_at\n      payments(order_by: { created_at: desc }, limit: 1) {\n        id\n        status\n      }\n      ...OrderTimeline_order\n      ...OrderFailure_order\n      ...OrderItems_order\n      ...ArrivalEstimate_order\n      ...TipAfterDelivery_order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderTimeline_order on orders {\n    id\n    status\n    created_at\n    status_history(order_by: { id: asc }) {\n      id\n      to_status\n      changed_at\n    }\n    assignment {\n      id\n      agent {\n        id\n        name\n      }\n    }\n    payments(order_by: { created_at: desc }, limit: 1) {\n      id\n      status\n      created_at\n    }\n  }\n"): (typeof documents)["\n  fragment OrderTimeline_order on orders {\n    id\n    status\n    created_at\n    status_history(order_by: { id: asc }) {\n      id\n      to_status\n      changed_at\n    }\n    assignment {\n      id\n      agent {\n        id\n        name\n      }\n    }\n    payments(order_by: { created_at: desc }, limit: 1) {\n      id\n      status\n      created_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyScheduledOrders {\n    scheduled_orders(order_by: [{ place_at: desc }], limit: 20) {\n      id\n      place_at\n      status\n      failure_reason\n      order_id\n      lines\n      restaurant {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyScheduledOrders {\n    scheduled_orders(order_by: [{ place_at: desc }], limit: 20) {\n      id\n      place_at\n      status\n      failure_reason\n      order_id\n      lines\n      restaurant {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelScheduledOrder($id: uuid!) {\n    update_scheduled_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"cancelled\" }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelScheduledOrder($id: uuid!) {\n    update_scheduled_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"cancelled\" }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"cancelled\" }) {\n      id\n      status\n      cancelled_at\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($id: uuid!) {\n    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: \"cancelled\" }) {\n      id\n      status\n      cancelled_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPayment($id: uuid!, $orderId: uuid!, $paymentToken: String!, $cardLast4: String!) {\n    insert_payments_one(object: { id: $id, order_id: $orderId, payment_token: $paymentToken, card_last4: $cardLast4 }) {\n      id\n      order_id\n      status\n      amount_cents\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPayment($id: uuid!, $orderId: uuid!, $paymentToken: String!, $cardLast4: String!) {\n    insert_payments_one(object: { id: $id, order_id: $orderId, payment_token: $paymentToken, card_last4: $cardLast4 }) {\n      id\n      order_id\n      status\n      amount_cents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderRating($orderId: uuid!) {\n    ratings_by_pk(order_id: $orderId) {\n      order_id\n      restaurant_stars\n      courier_stars\n      comment\n      created_at\n      ...RatingSummary_rating\n    }\n    orders_by_pk(id: $orderId) {\n      id\n      agent_assigned_at\n    }\n  }\n"): (typeof documents)["\n  query OrderRating($orderId: uuid!) {\n    ratings_by_pk(order_id: $orderId) {\n      order_id\n      restaurant_stars\n      courier_stars\n      comment\n      created_at\n      ...RatingSummary_rating\n    }\n    orders_by_pk(id: $orderId) {\n      id\n      agent_assigned_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingSummary_rating on ratings {\n    order_id\n    restaurant_stars\n    courier_stars\n    comment\n    created_at\n    updated_at\n  }\n"): (typeof documents)["\n  fragment RatingSummary_rating on ratings {\n    order_id\n    restaurant_stars\n    courier_stars\n    comment\n    created_at\n    updated_at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateOrder($object: ratings_insert_input!) {\n    insert_ratings_one(object: $object) {\n      ...RatingSummary_rating\n    }\n  }\n"): (typeof documents)["\n  mutation RateOrder($object: ratings_insert_input!) {\n    insert_ratings_one(object: $object) {\n      ...RatingSummary_rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRating($orderId: uuid!, $set: ratings_set_input!) {\n    update_ratings_by_pk(pk_columns: { order_id: $orderId }, _set: $set) {\n      ...RatingSummary_rating\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRating($orderId: uuid!, $set: ratings_set_input!) {\n    update_ratings_by_pk(pk_columns: { order_id: $orderId }, _set: $set) {\n      ...RatingSummary_rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderReceipt($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      status\n      created_at\n      paid_at\n      delivery_address\n      items_subtotal_cents\n      delivery_fee_cents\n      service_fee_cents\n      tax_rate_bps\n      tax_cents\n      tip_cents\n      discount_cents\n      promo_code\n      total_cents\n      restaurant {\n        id\n        name\n      }\n      items(order_by: { id: asc }) {\n        id\n        quantity\n        unit_price_cents\n        menu_item {\n          id\n          name\n        }\n      }\n      after_delivery_tip {\n        id\n        amount_cents\n        status\n        card_last4\n        updated_at\n      }\n      payments(order_by: { created_at: asc }) {\n        id\n        status\n        amount_cents\n        card_last4\n        created_at\n        updated_at\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderReceipt($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      status\n      created_at\n      paid_at\n      delivery_address\n      items_subtotal_cents\n      delivery_fee_cents\n      service_fee_cents\n      tax_rate_bps\n      tax_cents\n      tip_cents\n      discount_cents\n      promo_code\n      total_cents\n      restaurant {\n        id\n        name\n      }\n      items(order_by: { id: asc }) {\n        id\n        quantity\n        unit_price_cents\n        menu_item {\n          id\n          name\n        }\n      }\n      after_delivery_tip {\n        id\n        amount_cents\n        status\n        card_last4\n        updated_at\n      }\n      payments(order_by: { created_at: asc }) {\n        id\n        status\n        amount_cents\n        card_last4\n        created_at\n        updated_at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReorderItems($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      restaurant {\n        id\n        name\n        is_open\n      }\n      items(order_by: { id: asc }) {\n        id\n        quantity\n        unit_price_cents\n        menu_item {\n          id\n          name\n          price_cents\n          is_available\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReorderItems($id: uuid!) {\n    orders_by_pk(id: $id) {\n      id\n      restaurant {\n        id\n        name\n        is_open\n      }\n      items(order_by: { id: asc }) {\n        id\n        quantity\n        unit_price_cents\n        menu_item {\n          id\n          name\n          price_cents\n          is_available\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestaurantCard_restaurant on restaurants {\n    id\n    name\n    cuisine\n    description\n    is_open\n    rating {\n      ...RestaurantRating_rating\n    }\n  }\n"): (typeof documents)["\n  fragment RestaurantCard_restaurant on restaurants {\n    id\n    name\n    cuisine\n    description\n    is_open\n    rating {\n      ...RestaurantRating_rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestaurantRating_rating on restaurant_ratings {\n    restaurant_id\n    ratings_count\n    average_stars\n  }\n"): (typeof documents)["\n  fragment RestaurantRating_rating on restaurant_ratings {\n    restaurant_id\n    ratings_count\n    average_stars\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Restaurants {\n    restaurants(order_by: [{ is_open: desc }, { name: asc }]) {\n      id\n      cuisine\n      ...RestaurantCard_restaurant\n    }\n  }\n"): (typeof documents)["\n  query Restaurants {\n    restaurants(order_by: [{ is_open: desc }, { name: asc }]) {\n      id\n      cuisine\n      ...RestaurantCard_restaurant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHit_hit on menu_search_results {\n    menu_item_id\n    restaurant_id\n    name\n    description\n    price_cents\n    restaurant_name\n    is_open\n  }\n"): (typeof documents)["\n  fragment SearchHit_hit on menu_search_results {\n    menu_item_id\n    restaurant_id\n    name\n    description\n    price_cents\n    restaurant_name\n    is_open\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMenu($query: String!, $limit: Int!) {\n    search_menu(args: { query: $query }, order_by: [{ rank: desc }, { name: asc }, { menu_item_id: asc }], limit: $limit) {\n      menu_item_id\n      ...SearchHit_hit\n    }\n  }\n"): (typeof documents)["\n  query SearchMenu($query: String!, $limit: Int!) {\n    search_menu(args: { query: $query }, order_by: [{ rank: desc }, { name: asc }, { menu_item_id: asc }], limit: $limit) {\n      menu_item_id\n      ...SearchHit_hit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TipAfterDelivery_order on orders {\n    id\n    status\n    delivered_at\n    items_subtotal_cents\n    after_delivery_tip {\n      id\n      amount_cents\n      status\n      failure_reason\n    }\n  }\n"): (typeof documents)["\n  fragment TipAfterDelivery_order on orders {\n    id\n    status\n    delivered_at\n    items_subtotal_cents\n    after_delivery_tip {\n      id\n      amount_cents\n      status\n      failure_reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTip($tip: order_tips_insert_input!) {\n    insert_order_tips_one(object: $tip) {\n      id\n      amount_cents\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AddTip($tip: order_tips_insert_input!) {\n    insert_order_tips_one(object: $tip) {\n      id\n      amount_cents\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;