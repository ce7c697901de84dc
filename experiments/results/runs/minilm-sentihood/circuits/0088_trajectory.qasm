// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7956938780722116) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ad9b21afd59abf992c5d88d3164267bb70fe3687e66e15d9951bbffd233f867
