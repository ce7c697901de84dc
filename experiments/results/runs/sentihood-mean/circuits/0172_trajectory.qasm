// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6846100843242418) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3ed2d13fdb7ba700a31443261f66fb4d512f84c1c324d341e6efab55bc47684d
