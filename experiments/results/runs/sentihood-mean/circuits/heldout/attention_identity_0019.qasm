// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5404548877075797) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df9a4a50805c8eb7271508971747ed6359e3f815679507cb651d5b9ccbe9e5bb
