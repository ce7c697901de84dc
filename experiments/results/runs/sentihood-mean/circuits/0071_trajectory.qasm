// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8668816526284083) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4d76be98001240a1510b25ab02fa696012e6dd3235478efad42af504319515a6
