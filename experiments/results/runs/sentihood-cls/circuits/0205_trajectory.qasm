// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3697769558625437) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6bebecd0dbb407406e46d313abf0cdf3610de2dc34e44a247a511c956c868f2a
