// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0766111827079874) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7ab597452c1f2e0e0a2ac9de0b1dfa2a57624b7233e5a207d183cd21371942e6
