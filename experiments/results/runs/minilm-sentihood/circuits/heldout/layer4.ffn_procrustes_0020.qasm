// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7228610945425196) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1cb5a057c35f947269aafc74269e5d3a98fd812ac8b7245b2fbe9341fa5b1e61
