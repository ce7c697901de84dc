// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23415160112050382) q[0];
ry(1.0358482172638441) q[0];
rz(-0.12100604232293355) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98cf660f505cca97a01eeb9d338bce6a2b22de52a332aec9c0588b3281253e58
