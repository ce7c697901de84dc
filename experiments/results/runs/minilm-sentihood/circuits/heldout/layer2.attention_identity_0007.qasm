// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4189542368709511) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4d2a1671f45ab786c8f544b4d48bfe604377ae7c1da6399d0fc0fd69932cc8f
