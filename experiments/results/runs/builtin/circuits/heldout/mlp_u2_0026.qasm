// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.05065945207203315) q[0];
ry(2.1406379366046795) q[0];
rz(0.02734729305381034) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5ebcac2715eb8aa57797ac53858889e97360b5907262e40b810cdbc194ccc455
