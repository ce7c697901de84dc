// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3015360813224466) q[0];
ry(1.367870699474359) q[0];
rz(-0.0625997850227189) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 043a64874a150a7595a5dedd6459d70938f635549075bd26fa6c76c34ca5f41a
