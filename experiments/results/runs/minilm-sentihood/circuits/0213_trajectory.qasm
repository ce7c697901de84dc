// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.002142576747115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ee270344c70a37d6f1149ed2df0ac7f8572ea8da12566b19729dc0407f0fe3a5
