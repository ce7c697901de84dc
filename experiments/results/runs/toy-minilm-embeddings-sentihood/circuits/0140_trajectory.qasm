// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0358943582659133) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9869042f5762e55794fced5b86427bf9cfb3642996e36b2889e415005240cb9a
