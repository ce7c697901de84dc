// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.15166189197853974) q[0];
ry(2.481510702831907) q[0];
rz(0.12014966156556595) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb95280095976827dec33f9ceb7c507239d878402b7022c0a9f0cd08f016691e
