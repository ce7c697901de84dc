// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.0837272790575021) q[0];
ry(2.6066123359171556) q[0];
rz(0.07207252633710626) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2c49382a3067b83f80943baa188ca40e219774c569c28557ac977c3ddd9b5b13
