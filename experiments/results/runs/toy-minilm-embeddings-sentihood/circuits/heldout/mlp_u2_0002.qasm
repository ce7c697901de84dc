// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09054427125104203) q[0];
ry(1.8340748102522133) q[0];
rz(0.02362412687602289) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6dc8ef17a44aaec9274700f8e964693b8915fafedc4989eb5149279dd183c0bc
