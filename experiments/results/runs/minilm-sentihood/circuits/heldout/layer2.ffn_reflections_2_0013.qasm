// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.318945712052681) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4a866110639e87dc7db27718172ef36928b8969dc584eb1cbf7d5198d2565b4
