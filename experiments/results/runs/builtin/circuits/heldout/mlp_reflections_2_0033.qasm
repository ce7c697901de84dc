// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.21235137970927245) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5ce36d654ad088a4e35b46690cb37d262dda2fbbfb3aeaee0f900bacd424a01f
