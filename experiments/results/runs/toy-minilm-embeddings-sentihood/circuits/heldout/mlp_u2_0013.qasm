// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.08885816309317507) q[0];
ry(1.3906301590020143) q[0];
rz(-0.015963449785620032) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2afccedefdad7d4fd58d78b096f97920c886b7d0da2f22ad8a868305fa106d7c
