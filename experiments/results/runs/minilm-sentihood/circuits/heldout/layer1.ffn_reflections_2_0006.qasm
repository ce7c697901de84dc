// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2507405215539953) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e1bff3301294beeb8a897b5521c86666cb53f192c59492dad78e6dbb1bb8bcf3
