// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9193964827519077) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c536730a41f40947dd818aac189785f4d40194461ad76315a6179d98eccc957
