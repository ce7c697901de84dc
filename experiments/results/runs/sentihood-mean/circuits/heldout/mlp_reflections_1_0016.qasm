// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6419159841199489) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02a47688c1fe8582dba6815d1a36df8f3066ed5e4ba8a7818e745f6ddc8ce67a
