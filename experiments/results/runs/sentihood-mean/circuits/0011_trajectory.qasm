// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0279264242684676) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97513f91529320eb68e3abcfa9bbb81f2f68b2ccba40597dcff5922a30fb0d3f
