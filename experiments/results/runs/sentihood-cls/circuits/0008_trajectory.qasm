// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5730944414560044) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0463052f51c5c36208d2fd771bb28c9b85752c276d458dc75d5fc9e86428ffa9
