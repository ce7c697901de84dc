// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6702827359938425) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f5ab5edece17eb4bf754b3bd5b89a849e30bf9322f6579cfbec97507c727638a
