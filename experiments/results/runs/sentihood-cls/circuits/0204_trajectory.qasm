// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.73548450510006) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e88acfd328ead57da52efdb56d22050c5fee031017c50157f15f4a1cbdb0e6c6
