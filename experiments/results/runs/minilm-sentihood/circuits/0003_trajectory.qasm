// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.513018510133981) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 28565a330894394c9d5c54fd001ccff78c3f31d3ff10b2626bdb823654ad8ef6
