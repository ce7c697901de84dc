// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.28244218015985956) q[0];
ry(1.3385425039046377) q[0];
rz(-0.06669673965008727) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f32654e5b826c4eacc9eeb09562dafdf3fddb6294d90531a0c3de80d2e6d5421
