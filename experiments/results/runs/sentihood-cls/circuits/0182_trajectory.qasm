// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2716326789088952) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 063353520d6c38b5584aab4b991b461732d7f7854da97e81d2e84d9e107caa78
