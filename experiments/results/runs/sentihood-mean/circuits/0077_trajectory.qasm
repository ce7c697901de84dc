// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0234840449549925) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 321c11f4ba690bc390d1782673203bb98ab482ba7ac96b1132eb95789c238670
