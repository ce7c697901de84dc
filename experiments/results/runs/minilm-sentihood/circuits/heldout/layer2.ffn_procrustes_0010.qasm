// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.961848477622805) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 851b54d901986e03111ced333948ac06b78fc1104c879ba6d235b48b6efc12c5
