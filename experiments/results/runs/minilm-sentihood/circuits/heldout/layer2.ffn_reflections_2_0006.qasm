// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5170358723472763) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 061d7797dfb0c0758307da484898195a594ff0e194420741fd81faf917bd8904
